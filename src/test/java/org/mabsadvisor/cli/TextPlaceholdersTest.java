package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A placeholder its rule cannot fill is a problem of the rules, located in the texts file, not a literal in every report. */
class TextPlaceholdersTest {

    @Test
    void aPlaceholderNamingNoBindingFailsValidationAtItsLine(@TempDir Path dir) throws Exception {
        SiteRulesTest.agentRule(dir, "SITE-TYPO", "2.0.9300", "en", "fr");
        Path texts = dir.resolve("site-typo.texts.yaml");
        Files.writeString(texts, Files.readString(texts).replaceFirst("\\{\\$agent.version}", "{\\$agnt.version}"));
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(texts + ":2:"), run.err());
        assertTrue(run.err().contains("rule SITE-TYPO (en): {$agnt.version} names $agnt, which the rule does not bind; it binds $agent"),
                run.err());
        assertFalse(run.err().contains("(fr)"), "the French text is right:\n" + run.err());
    }

    @Test
    void aFieldTheFactHasNotFailsValidation(@TempDir Path dir) throws Exception {
        SiteRulesTest.agentRule(dir, "SITE-FIELD", "2.0.9300", "en");
        Path texts = dir.resolve("site-field.texts.yaml");
        Files.writeString(texts, Files.readString(texts).replace("{$agent.version}", "{$agent.verison}"));
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(texts + ":2:") && run.err().contains("{$agent.verison} names the field verison, which MarsAgent has not"),
                run.err());
    }

    @Test
    void theHostAndTheRightBindingsPass(@TempDir Path dir) throws Exception {
        SiteRulesTest.agentRule(dir, "SITE-GOOD", "2.0.9300", "en");
        Path texts = dir.resolve("site-good.texts.yaml");
        Files.writeString(texts, Files.readString(texts).replace("{$agent.version}", "{$agent.version} on {host}"));
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aFixParameterBoundToNoBindingFailsValidationAtItsLineAndTheRightOnePasses(@TempDir Path dir) throws Exception {
        SiteRulesTest.agentRule(dir, "SITE-FIX", "2.0.9300", "en");
        Path texts = dir.resolve("site-fix.texts.yaml");
        String fix = "fix: { cmdlet: Set-ItemProperty, parameters: { Path: 'HKLM:\\SOFTWARE\\Site', Name: Agent, Value: %s }, "
                + "before: \"(Get-ItemProperty -Path $Path).$Name -ne $Value\" }";
        String written = Files.readString(texts).replace("actions: [ { do: \"update it (en)\" } ]", "actions: [ { do: \"update it (en)\", " + fix + " } ]");
        Files.writeString(texts, written.formatted("$agnt.version"));
        CliRun wrong = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains(texts + ":2:") && wrong.err().contains("rule SITE-FIX (en): the fix's parameter Value binds $agnt.version: "
                + "it names $agnt, which the rule does not bind; it binds $agent"), wrong.err());
        Files.writeString(texts, written.formatted("$agent.version"));
        CliRun right = CliRun.of("rules", "validate", dir.toString());
        assertEquals(0, right.exitCode(), right.err());
    }
}
