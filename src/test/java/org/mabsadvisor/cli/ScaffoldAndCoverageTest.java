package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** rules new (a scaffold that validates but fails its own test) and rules test --coverage / --min-coverage. */
class ScaffoldAndCoverageTest {

    @Test
    void aScaffoldValidatesButFailsItsOwnTestUntilTheRuleIsWritten(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site-rules");
        CliRun created = CliRun.of("rules", "new", "SITE-01", "--dir", site.toString());
        assertEquals(0, created.exitCode(), created.err());
        Path drl = site.resolve("site-01.drl");
        Path texts = site.resolve("site-01.texts.yaml");
        Path tests = site.resolve("tests/site-01.tests.yaml");
        assertTrue(Files.exists(drl) && Files.exists(texts) && Files.exists(tests), created.out());
        assertTrue(created.out().contains("created " + drl), created.out());
        assertTrue(Files.readString(texts).contains("  en:") && Files.readString(texts).contains("  fr:"), "both languages by default");
        assertFalse(Files.readString(drl).contains("@languages"));

        CliRun valid = CliRun.of("rules", "validate", site.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        CliRun tested = CliRun.of("rules", "test", site.toString());
        assertEquals(1, tested.exitCode(), tested.out());
        assertTrue(tested.out().contains("FAIL " + tests + ": SITE-01 fires on a server that breaks the rule"), tested.out());
        assertTrue(tested.out().contains("expected SITE-01 to fire"), tested.out());
        assertTrue(tested.out().endsWith("1 passed, 1 failed\n"), tested.out());
    }

    @Test
    void aScaffoldNeverOverwritesAndChecksItsOptions(@TempDir Path dir) throws Exception {
        CliRun first = CliRun.of("rules", "new", "SITE-02", "--dir", dir.toString(), "--language", "fr", "--severity", "low",
                "--trigger", "error", "--reference", "https://intranet.example/site-02");
        assertEquals(0, first.exitCode(), first.err());
        String drl = Files.readString(dir.resolve("site-02.drl"));
        assertTrue(drl.contains("@id(\"SITE-02\") @severity(\"low\") @trigger(\"error\")"), drl);
        assertTrue(drl.contains("@reference(\"https://intranet.example/site-02\")") && drl.contains("@languages(\"fr\")"), drl);
        String texts = Files.readString(dir.resolve("site-02.texts.yaml"));
        assertTrue(texts.contains("  fr:") && !texts.contains("  en:"), texts);

        Files.writeString(dir.resolve("site-02.drl"), "// my rule, being written\n");
        CliRun again = CliRun.of("rules", "new", "SITE-02", "--dir", dir.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("site-02.drl already exists; nothing was written"), again.err());
        assertEquals("// my rule, being written\n", Files.readString(dir.resolve("site-02.drl")));

        for (String[] bad : new String[][] {{"2-BAD"}, {"SITE-03", "--severity", "urgent"}, {"SITE-03", "--language", "de"},
                {"SITE-03", "--trigger", "later"}, {"SITE-03", "--reference", "intranet"}}) {
            String[] args = new String[bad.length + 4];
            args[0] = "rules";
            args[1] = "new";
            System.arraycopy(bad, 0, args, 2, bad.length);
            args[bad.length + 2] = "--dir";
            args[bad.length + 3] = dir.toString();
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", bad));
            assertFalse(Files.exists(dir.resolve("site-03.drl")));
        }
    }

    @Test
    void coverageNamesTheRulesNeverShownEitherWayAndAThresholdFailsTheRun(@TempDir Path dir) throws Exception {
        SiteRulesTest.agentRule(dir, "SITE-A", "2.0.9300", "en");
        SiteRulesTest.agentRule(dir, "SITE-B", "2.0.9000", "en");
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/site.tests.yaml"), """
                cases:
                  - name: an old agent
                    facts: { schemaVersion: "1", server: { name: MABS01 }, marsAgent: { version: "2.0.8000" } }
                    fires: [SITE-A]
                  - name: a recent agent
                    facts: { schemaVersion: "1", server: { name: MABS01 }, marsAgent: { version: "2.0.9500" } }
                    notFires: [SITE-A, SITE-B]
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString(), "--coverage");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Coverage: 75% (3 of 4 checks"), run.out());
        assertTrue(run.out().contains("  never shown to fire: SITE-B\n  never shown not to fire: none\n"), run.out());
        assertTrue(run.out().endsWith("2 passed, 0 failed\n"), run.out());

        CliRun strict = CliRun.of("rules", "test", dir.toString(), "--min-coverage", "80");
        assertEquals(1, strict.exitCode(), strict.out());
        assertTrue(strict.out().contains("Coverage 75% is below --min-coverage 80%."), strict.out());
        assertEquals(0, CliRun.of("rules", "test", dir.toString(), "--min-coverage", "75").exitCode());
        assertEquals(2, CliRun.of("rules", "test", dir.toString(), "--min-coverage", "101").exitCode());
    }

    @Test
    void theBuiltInRulesAreFullyCovered() {
        CliRun run = CliRun.of("rules", "test", Project.builtInRules().toString(), "--min-coverage", "100");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Coverage: 100% ("), run.out());
    }
}
