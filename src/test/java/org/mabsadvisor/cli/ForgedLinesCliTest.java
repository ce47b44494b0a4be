package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/**
 * Inputs that try to forge lines of the text report, the trace and the messages, or to drive the
 * terminal: an event message, a fleet file's name, a waiver's justification, a baseline's title.
 */
class ForgedLinesCliTest {

    private static final String HOSTILE = "\u001b\u0007\u009b\u202e\u0085\u2028\r";
    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();

    private static void assertInert(String where, String text) {
        for (char c : HOSTILE.toCharArray()) {
            assertEquals(-1, text.indexOf(c), String.format("U+%04X written raw on %s:%n%s", (int) c, where, text));
        }
        assertTrue(text.lines().noneMatch(l -> l.startsWith("FAKE")), where + " has a forged line:\n" + text);
    }

    @Test
    void anEventMessageInTheTextReportAndTheTrace(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("forged.json");
        Files.writeString(facts, "{\"schemaVersion\":\"1\",\"server\":{\"name\":\"MABS01\"},\"events\":[{\"time\":\"2026-11-19T23:00:37Z\","
                + "\"errorId\":\"100050\",\"message\":\"down\\r\\nFAKE\\u0085NEL\\u2028LS \\u009b2J \\u202eevil\\rFAKE\"}]}");
        CliRun run = CliRun.of("analyze", "--trace", facts.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertInert("the text report", run.out());
        assertInert("the trace", run.err());
        assertTrue(run.out().contains("down FAKE NEL LS <U+009B>2J <U+202E>evil FAKE"), run.out());
    }

    @Test
    void aFleetFilesNameOnStandardErrorAndInTheReport(@TempDir Path dir) throws Exception {
        Path hosts = Files.createDirectory(dir.resolve("hosts"));
        Files.copy(Path.of(HEALTHY), hosts.resolve("good.json"));
        Files.writeString(hosts.resolve("bad\u001b]0;owned\u0007\rFAKE.json"), "{");
        CliRun run = CliRun.of("analyze", hosts.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertInert("standard error", run.err());
        assertInert("the fleet text report", run.out());
        assertTrue(run.err().contains("bad<U+001B>]0;owned<U+0007>"), run.err());
    }

    @Test
    void aWaiversJustificationAndABaselinesTitle(@TempDir Path dir) throws Exception {
        String findings = Project.samples().resolve("agent-registration-errors.json").toString();
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - rule: AGENT-01\n    hosts: \"*\"\n    justification: \"accepted\\e[2J\\a\\r\\nFAKE line\"\n"
                + "    owner: \"ops\\u202e\"\n    expires: 2099-12-31\n");
        CliRun waived = CliRun.of("analyze", "--waivers", waivers.toString(), findings);
        assertTrue(waived.exitCode() <= 1, waived.err());
        assertTrue(waived.out().contains("accepted<U+001B>[2J<U+0007> FAKE line"), waived.out());
        assertInert("the text report with a waiver", waived.out());
        assertInert("standard error with a waiver", waived.err());

        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, "{\"host\":\"MABS01\",\"findings\":[{\"ruleId\":\"AGENT-01\",\"severity\":\"high\","
                + "\"title\":\"gone\\u001b[2J\\r\\nFAKE resolved\\u009b\"}]}");
        CliRun compared = CliRun.of("analyze", "--baseline", baseline.toString(), HEALTHY);
        assertEquals(0, compared.exitCode(), compared.err());
        assertTrue(compared.out().contains("gone<U+001B>[2J FAKE resolved<U+009B>"), compared.out());
        assertInert("the text report with a baseline", compared.out());
    }
}
