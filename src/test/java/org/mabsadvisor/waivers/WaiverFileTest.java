package org.mabsadvisor.waivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.Waiver;

/** The waivers file: what it holds, and every mistake located at its line and column. */
class WaiverFileTest {
    private static final Set<String> RULES = Set.of("BASIC-01", "BASIC-03", "AV-01");

    @Test
    void readsEveryFieldAndWhereEachWaiverIs(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                # accepted risks of the backup team
                waivers:
                  - rule: BASIC-01
                    hosts: "MABS-PAR-*"
                    justification: Agent upgrade planned with change CHG-1234
                    owner: backup-team@contoso.com
                    expires: 2027-03-31
                    facts:
                      /marsAgent/version: "2.0.9100.0"
                      /server/updateRollup: 2
                  - rule: AV-01
                    hosts: "*"
                    justification: The antivirus is managed centrally
                    owner: secops
                    expires: 2026-12-31
                """);
        List<Waiver> waivers = new WaiverFile().load(file, RULES);
        assertEquals(2, waivers.size());
        Waiver first = waivers.get(0);
        assertEquals(new Waiver("BASIC-01", "MABS-PAR-*", "Agent upgrade planned with change CHG-1234", "backup-team@contoso.com",
                LocalDate.of(2027, 3, 31), Map.of("/marsAgent/version", "2.0.9100.0", "/server/updateRollup", 2), file + ":3"), first);
        assertEquals(file + ":11", waivers.get(1).source());
        assertEquals(Map.of(), waivers.get(1).facts());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "expiry: 2027-01-01                    | :7:5: /waivers/0/expiry: unknown key 'expiry' (known: rule, hosts, justification, owner, expires, facts)",
        "expires: 31/12/2027                   | :6:5: /waivers/0/expires: '31/12/2027' is not a date written YYYY-MM-DD",
        "facts: { marsAgent/version: x }       | :7:14: /waivers/0/facts/marsAgent~1version: 'marsAgent/version' is not a JSON Pointer",
        "facts: { /marsAgent/version: [1, 2] } | :7:14: /waivers/0/facts/~1marsAgent~1version: the value of /marsAgent/version must be a text",
        "owner: ''                             | :6:5: /waivers/0/owner: 'owner' must be a non-empty text",
    })
    void mistakesAreLocated(String line, String expected, @TempDir Path dir) throws Exception {
        String base = """
                waivers:
                  - rule: BASIC-03
                    hosts: "*"
                    justification: Maintenance window
                %s
                """;
        String fields = line.startsWith("owner") ? "    expires: 2027-01-01\n    " + line.trim()
                : line.startsWith("expires") ? "    owner: ops\n    " + line.trim() : "    owner: ops\n    expires: 2027-01-01\n    " + line.trim();
        Path file = write(dir, base.formatted(fields));
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> new WaiverFile().load(file, RULES));
        String all = e.problems().stream().map(InputProblem::toString).reduce("", (a, b) -> a + b + "\n");
        org.junit.jupiter.api.Assertions.assertTrue(all.contains(file + expected.trim()), "expected '" + expected.trim() + "' in:\n" + all);
    }

    @Test
    void everyProblemOfTheFileIsListed(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                waivers:
                  - rule: NOPE-01
                    hosts: "*"
                    justification: typo in the id
                    owner: ops
                    expires: 2027-01-01
                  - hosts: "MABS*"
                    justification: no rule, no owner
                    expires: 2027-01-01
                """);
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> new WaiverFile().load(file, RULES));
        assertEquals(List.of(
                file + ":2:5: /waivers/0/rule: no rule has the id 'NOPE-01' ('mabs-advisor rules list' gives them)",
                file + ":7:5: /waivers/1: missing 'rule'",
                file + ":7:5: /waivers/1: missing 'owner'"),
                e.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void notYamlOrNotAListIsSaidSo(@TempDir Path dir) throws Exception {
        Path bad = write(dir, "waivers: [ { rule: BASIC-03\n");
        InvalidWaiversException syntax = assertThrows(InvalidWaiversException.class, () -> new WaiverFile().load(bad, RULES));
        org.junit.jupiter.api.Assertions.assertTrue(syntax.problems().get(0).toString().startsWith(bad + ":2:1: not valid YAML"),
                syntax.problems().toString());
        Path list = write(dir, "- rule: BASIC-03\n");
        InvalidWaiversException shape = assertThrows(InvalidWaiversException.class, () -> new WaiverFile().load(list, RULES));
        assertEquals(list + ":1:1: expected a mapping with a 'waivers' list", shape.problems().get(0).toString());
        InvalidWaiversException missing = assertThrows(InvalidWaiversException.class,
                () -> new WaiverFile().load(dir.resolve("none.yaml"), RULES));
        assertEquals(dir.resolve("none.yaml") + ": no such file", missing.problems().get(0).toString());
    }

    private static Path write(Path dir, String text) throws Exception {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, text);
        return file;
    }
}
