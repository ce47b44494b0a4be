package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mabsadvisor.testing.Project;

/** Bad facts, bad rules and bad options: a located message, exit 2, never a stack trace. */
class BadInputTest {

    private static final Path BAD_FACTS = Project.root().resolve("src/test/resources/bad-facts");
    private static final Path BAD_RULES = Project.root().resolve("src/test/resources/bad-rules");
    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trailing-comma.json   | trailing-comma.json:2:25: malformed JSON: Unexpected character ('}'",
        "truncated.json        | truncated.json:1:79: malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at line 1, column 61)",
        "duplicate-key.json    | duplicate-key.json:1:49: malformed JSON: Duplicate field 'name'",
        "trailing-garbage.json | trailing-garbage.json:1:50: malformed JSON: Trailing token (of type START_OBJECT) found after value",
        "empty.json            | empty.json: is empty",
        "wrong-types.json      | wrong-types.json:2:21: /server/name: integer found, string expected",
        "missing-server.json   | missing-server.json:1:1: required property 'server' not found",
        "bad-version.json      | bad-version.json:1:72: /marsAgent/version: must be a version of up to four numbers, like 2.0.9250.0",
        "bad-time.json         | bad-time.json:1:67: /events/0/time: must be a date and time with its offset, like 2026-11-20T06:15:02Z",
        "not-an-object.json    | not-an-object.json:1:1: array found, object expected",
    })
    void badFactsAreLocatedAndExitTwo(String file, String expectedStart) {
        CliRun run = CliRun.of("analyze", BAD_FACTS.resolve(file).toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains(BAD_FACTS.resolve(file).getParent() + "/" + expectedStart.trim()),
                "expected '" + expectedStart.trim() + "' in:\n" + run.err());
        assertNoStackTrace(run);
    }

    @Test
    void everySchemaViolationIsListedWithItsPointer() {
        CliRun run = CliRun.of("analyze", BAD_FACTS.resolve("wrong-types.json").toString());
        assertTrue(run.err().contains("/services/0/state: does not have a value in the enumeration"), run.err());
        assertTrue(run.err().contains("/volumes/0/sizeBytes: must have a minimum value of 0"), run.err());
        assertTrue(run.err().contains("property 'colour' is not defined in the schema"), run.err());
    }

    @Test
    void missingFileAndDirectoryAreExplained(@TempDir Path dir) {
        CliRun missing = CliRun.of("analyze", dir.resolve("nothing.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nothing.json: no such file"), missing.err());
        CliRun folder = CliRun.of("analyze", dir.toString());
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("is a directory, not a facts file"), folder.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax       | syntax/broken.drl:9:1: [ERR 102] Line 9:0 mismatched input 'then'",
        "metadata     | metadata/metadata.drl:5:1: rule \"no id\" has no @id",
        "metadata     | metadata/metadata.drl:12:1: rule \"bad severity\": unknown @severity(\"urgent\")",
        "metadata     | metadata/metadata.drl:19:1: rule \"no section\" has neither @section nor @reference",
        "duplicate    | duplicate/duplicate.drl:5:1: duplicate rule id BASIC-03, already used at",
        "unknown-type | unknown-type/unknown.drl:8:1: Unable to resolve ObjectType 'BackupJob'",
        "unknown-type | unknown-type/unknown.drl:15:4: Unable to Analyse Expression colour == \"red\"",
        "no-texts     | no-texts/no-texts.drl:5:1: rule SITE-06 has no complete fr text",
    })
    void badRulesAreLocatedAndExitTwo(String folder, String expected) {
        CliRun run = CliRun.of("analyze", "--rules", BAD_RULES.resolve(folder.trim()).toString(), HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the rules cannot be used"), run.err());
        assertTrue(run.err().contains(BAD_RULES + "/" + expected.trim()), "expected '" + expected.trim() + "' in:\n" + run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aLoopingRuleStopsAtTheLimitAndIsNamed() {
        CliRun run = CliRun.of("analyze", "--max-firings", "500", "--rules", BAD_RULES.resolve("loop").toString(), HEALTHY);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the rules did not settle: rule SITE-LOOP \"SITE-LOOP refires forever\" ("
                + BAD_RULES.resolve("loop/loop.drl") + ":5) fired more than 500 times on the same facts: a rule loops"), run.err());
        assertTrue(run.err().contains("rule SITE-LOOP \"SITE-LOOP refires forever\" (" + BAD_RULES.resolve("loop/loop.drl") + ":5)"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void twoRulesUndoingEachOtherAreBothNamed() {
        CliRun run = CliRun.of("analyze", "--rules", BAD_RULES.resolve("pingpong").toString(), HEALTHY);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the rules did not settle: rule SITE-PING \"SITE-PING inserts what SITE-PONG deletes\" ("
                + BAD_RULES.resolve("pingpong/pingpong.drl") + ":5) fired more than 1000 times on the same facts"), run.err());
        assertTrue(run.err().contains("rule SITE-PONG"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aRuleThatKeepsInsertingNewFactsStopsAtTheTotalLimit() {
        CliRun run = CliRun.of("analyze", "--max-firings", "500", "--rules", BAD_RULES.resolve("runaway").toString(), HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("times without settling, more than the facts account for"), run.err());
        assertTrue(run.err().contains("rule SITE-RUNAWAY \"SITE-RUNAWAY inserts a new fact on every turn\""), run.err());
        assertNoStackTrace(run);
    }

    /** A busy server: every one of 12,000 events fires the same rule once, more firings than --max-firings, and no loop. */
    @Test
    void aBusyServerIsReportedNotTakenForALoop(@TempDir Path dir) throws Exception {
        Path facts = BusyServer.write(dir.resolve("busy.json"), 12_000);
        CliRun run = CliRun.of("analyze", "--format", "json", facts.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("loop"), run.err());
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        var agent = java.util.stream.StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> "AGENT-02".equals(f.get("ruleId").asText())).findFirst().orElseThrow();
        assertEquals(12_000, agent.get("evidence").size(), "every event is evidence");
        assertNoStackTrace(run);
    }

    @Test
    void aConsequenceStuckInAJavaLoopIsStoppedByTheWatchdogAndNamed() {
        CliRun run = CliRun.of("analyze", "--rule-timeout", "1", "--rules", BAD_RULES.resolve("spin").toString(), HEALTHY);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the rules did not finish within 1 s (the --rule-timeout); running or last fired: rule SITE-SPIN \"SITE-SPIN never leaves its consequence\" ("
                + BAD_RULES.resolve("spin/spin.drl") + ":5)"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aJoinOverManyFactsIsStoppedByTheWatchdog(@TempDir Path dir) throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            events.append(i == 0 ? "" : ",").append("{\"errorId\":\"").append(1000 + i).append("\",\"message\":\"Job ").append(i).append(" failed\"}");
        }
        Path facts = dir.resolve("many-events.json");
        Files.writeString(facts, "{\"schemaVersion\":\"1\",\"server\":{\"name\":\"MABS01\"},\"events\":[" + events + "]}");
        CliRun run = CliRun.of("analyze", "--rule-timeout", "1", "--rules", BAD_RULES.resolve("crossproduct").toString(), facts.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the rules did not finish within 1 s (the --rule-timeout)"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aThrowingConsequenceIsNamedWithItsFileAndShowsATraceOnlyWithDebug() {
        String rules = BAD_RULES.resolve("throws").toString();
        CliRun run = CliRun.of("analyze", "--rules", rules, HEALTHY);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the consequence of rule SITE-THROW \"SITE-THROW fails in its consequence\" ("
                + BAD_RULES.resolve("throws/throws.drl") + ":5) failed: IllegalStateException: site rule failed on purpose"), run.err());
        assertNoStackTrace(run);
        CliRun debug = CliRun.of("analyze", "--debug", "--rules", rules, HEALTHY);
        assertTrue(debug.err().contains("\tat "), "--debug shows where it failed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--fail-on bogus   | --fail-on must be one of critical, high, medium, low, info, none",
        "--lang de         | --lang must be en or fr",
        "--format pdf      | Invalid value for option '--format'",
        "--max-firings 0   | --max-firings must be at least 1",
    })
    void badOptionsExitTwo(String option, String expected) {
        String[] parts = option.trim().split(" ");
        CliRun run = CliRun.of("analyze", parts[0], parts[1], HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected.trim()), run.err());
    }

    @Test
    void outputIsWrittenWholeAndTheInputIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("facts.json");
        Files.copy(Path.of(HEALTHY), input);
        FileTime before = Files.getLastModifiedTime(input);
        byte[] content = Files.readAllBytes(input);
        CliRun refused = CliRun.of("analyze", "--output", input.toString(), input.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is the input file"), refused.err());
        assertEquals(before, Files.getLastModifiedTime(input));
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(input)));

        Path report = dir.resolve("report.json");
        CliRun ok = CliRun.of("analyze", "--format", "json", "--output", report.toString(), input.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.readString(report).contains("\"schemaVersion\" : \"1\""));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void twoRunsWritingTheSameFileLeaveOneWholeReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        String other = Project.samples().resolve("basic-troubleshooting.json").toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> CliRun.of("analyze", "--format", "json", "--output", report.toString(), HEALTHY));
            var second = pool.submit(() -> CliRun.of("analyze", "--format", "json", "--output", report.toString(), other));
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        assertTrue(json.get("host").asText().equals("MABS01") || json.get("host").asText().equals("MABS02"), json.toString());
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the report is left");
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug:\n" + run.err());
        assertFalse(run.out().contains("\tat "), "no stack trace without --debug:\n" + run.out());
    }
}
