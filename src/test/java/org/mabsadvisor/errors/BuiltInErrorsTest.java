package org.mabsadvisor.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.testing.Project;

/** Wordings seen in logs beyond the articles' own, and near misses, against the built-in table. */
class BuiltInErrorsTest {

    private static DocumentedErrors table;

    @BeforeAll
    static void read() {
        List<RuleProblem> problems = new ArrayList<>();
        table = DocumentedErrors.read(Project.builtInRules(), problems);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    private static Set<String> rows(String text) {
        Set<String> rows = new TreeSet<>();
        table.recognise(text).forEach(r -> rows.addAll(r.error().rows()));
        return rows;
    }

    @Test
    void anInconsistentReplicaInEnglishAndFrench() {
        assertEquals(Set.of("RI-01"), rows("Replica is inconsistent."));
        assertEquals(Set.of("RI-01"), rows("The replica of System Protection on FS01.contoso.local is inconsistent with the protected data source."));
        assertEquals(Set.of("RI-01"), rows("Le RÉPLICA est incohérent."));
        assertEquals(Set.of("RI-01"), rows("Le réplica de D:\\ sur FS01 est incohérent avec la source de données protégée."));
        assertEquals(Set.of(), rows("The replica of Volume D:\\ on FS01.contoso.local is being synchronized."));
        assertEquals(Set.of("CBP-03"), rows("Source volume snapshot failed due to inconsistent datasource replica."),
                "the online backup error of an inconsistent replica is another row");
    }

    @Test
    void invalidVaultCredentialsInEnglishAndFrench() {
        assertEquals(Set.of("VC-01"), rows(
                "Invalid vault credentials provided. The file is either corrupted or does not have the latest credentials associated with recovery service."));
        assertEquals(Set.of("VC-01"), rows("Informations d’identification du coffre fournies non valides. Cela signifie que le fichier est endommagé."));
        assertEquals(Set.of("EXTVAULT-01"), rows("Vault Credentials Error: 100110"));
        assertEquals(Set.of("AGENT-01"), rows("The credentials specified for SQL01 are invalid"));
    }

    @Test
    void everyRowTheTableNamesIsABuiltInRow() throws Exception {
        Set<String> rows = new TreeSet<>();
        org.mabsadvisor.findings.RuleSet.load(Project.builtInRules(), List.of(), null).rules().rules().forEach(r -> rows.addAll(List.of(r.rowId(), r.id())));
        assertEquals(List.of(), table.unknownRows(rows, "built-in"));
    }
}
