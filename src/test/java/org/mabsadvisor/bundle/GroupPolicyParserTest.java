package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.GroupPolicy;

/** group-policies: the XML report of gpresult /scope computer /x, which gpresult writes in UTF-16. */
class GroupPolicyParserTest {

    @Test
    void theAppliedPoliciesOfTheReport() throws Exception {
        List<GroupPolicy> policies = Outputs.parse(Outputs.fixture("group-policies", "gpresult-computer.xml")).groupPolicies;
        assertEquals(List.of(
                new GroupPolicy("Stratégie de groupe locale", null, "computer"),
                new GroupPolicy("Default Domain Policy", "{31B2F340-016D-11D2-945F-00C04FB984F9}", "computer"),
                new GroupPolicy("FABRIKAM - Serveurs - Sécurité renforcée", "{8E2B6C14-3A7F-4D19-B0C5-6F1E92A4D7B3}", "computer"),
                new GroupPolicy("FABRIKAM - Utilisateurs - Lecteurs réseau", "{C4A1D7E2-95B8-4F03-8A6E-2D7B1F9C0E54}", "user")), policies);
    }

    @Test
    void aReportInUtf8IsReadToo() throws Exception {
        assertEquals(List.of(new GroupPolicy("Local Group Policy", null, "computer")),
                Outputs.parse(Outputs.fixture("group-policies", "gpresult-utf8.xml")).groupPolicies);
    }

    @Test
    void brokenReportsAreLocatedAndNoEntityIsEverResolved() {
        UnusableOutputException broken = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("group-policies", "gpresult-broken.xml")));
        assertEquals(6, broken.line());
        assertTrue(broken.getMessage().startsWith("malformed XML"), broken.getMessage());
        UnusableOutputException doctype = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("group-policies", "gpresult-doctype.xml")));
        assertTrue(doctype.getMessage().contains("DOCTYPE"), doctype.getMessage());
        UnusableOutputException other = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("group-policies", "gpresult-not-rsop.xml")));
        assertTrue(other.getMessage().contains("not a gpresult report"), other.getMessage());
        UnusableOutputException failed = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.failed("group-policies", 1, "ERROR: The user \"SYSTEM\" does not have RSoP data.", null)));
        assertTrue(failed.getMessage().contains("RSoP data"), failed.getMessage());
    }
}
