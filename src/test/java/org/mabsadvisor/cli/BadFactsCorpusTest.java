package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.testing.Project;

/**
 * The corpus of bad facts files (src/test/resources/bad-facts/corpus, indexed by corpus.tsv): each
 * gives its exit code and the start of its message, never a stack trace, and is left unmodified.
 */
class BadFactsCorpusTest {
    private static final Path CORPUS = Project.root().resolve("src/test/resources/bad-facts/corpus");

    @TestFactory
    Stream<DynamicTest> everyBadInputGivesItsExitCodeAndMessage() throws IOException {
        List<String[]> rows = Files.readAllLines(CORPUS.resolveSibling("corpus.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", 3))
                .toList();
        assertTrue(rows.size() >= 100, "the corpus holds at least 100 inputs, not " + rows.size());
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertEquals(rows.size(), files.count(), "every corpus file is indexed in corpus.tsv, and only those");
        }
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0], () -> check(row[0], Integer.parseInt(row[1]), row[2])));
    }

    private static void check(String file, int exitCode, String messageStart) throws IOException {
        Path input = CORPUS.resolve(file);
        byte[] before = Files.readAllBytes(input);
        CliRun run = CliRun.of("analyze", "--format", "json", input.toString());
        assertEquals(exitCode, run.exitCode(), run.err());
        if (messageStart.equals("-")) {
            assertEquals("", run.err());
        } else {
            assertTrue(run.err().contains(input + messageStart), "expected '" + file + messageStart + "' in:\n" + run.err());
        }
        if (exitCode == 2) {
            assertEquals("", run.out(), "no report for an input that was refused");
        }
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "the input is never modified");
    }

    @Test
    void aHugeFileIsRefusedFromItsSizeWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024);
        }
        CliRun run = CliRun.of("analyze", huge.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("huge.json: is too large (2147483648 bytes; the limit is 67108864)"), run.err());
    }

    @Test
    void theLimitsAreSetFromTheCommandLine(@TempDir Path dir) throws IOException {
        Path facts = dir.resolve("events.json");
        Files.writeString(facts, "{\"schemaVersion\":\"1\",\"server\":{\"name\":\"M\"},\"events\":["
                + "{\"errorId\":\"1\"},".repeat(5) + "{\"errorId\":\"1\"}]}");
        CliRun fewItems = CliRun.of("analyze", "--max-list-items", "5", facts.toString());
        assertEquals(2, fewItems.exitCode());
        assertTrue(fewItems.err().contains("/events: has more than 5 items; the limit is 5"), fewItems.err());
        CliRun enough = CliRun.of("analyze", "--max-list-items", "6", "--fail-on", "none", facts.toString());
        assertEquals(0, enough.exitCode(), enough.err());
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024);
        }
        CliRun small = CliRun.of("analyze", "--max-input-mb", "1", big.toString());
        assertEquals(2, small.exitCode());
        assertTrue(small.err().contains("big.json: is too large (2097152 bytes; the limit is 1048576)"), small.err());
    }

    @Test
    void standardInputIsReadNoFurtherThanTheLimit() {
        FactsLoader loader = new FactsLoader(new InputLimits(1000, 100, 32, 10));
        byte[] big = ("{\"schemaVersion\":\"1\",\"server\":{\"name\":\"" + "x".repeat(5000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> loader.read("<stdin>", new ByteArrayInputStream(big)));
        assertEquals("<stdin>: is too large (1001 bytes; the limit is 1000)", e.problems().get(0).toString());
    }

    @Test
    void longStringsAndLongListsAreRefusedWithTheirPlace() {
        FactsLoader loader = new FactsLoader(new InputLimits(1_000_000, 100, 32, 3));
        byte[] longName = ("{\"schemaVersion\":\"1\",\"server\":{\"name\":\"" + "x".repeat(200) + "\"}}").getBytes(StandardCharsets.UTF_8);
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> loader.parse("long.json", longName));
        assertTrue(e.problems().get(0).toString().startsWith("long.json:1:"), e.problems().toString());
        assertTrue(e.problems().get(0).message().contains("String value length (200) exceeds the maximum allowed (100)"), e.problems().toString());
        byte[] manyEvents = ("{\"schemaVersion\":\"1\",\"server\":{\"name\":\"M\"},\"events\":["
                + "{\"errorId\":\"1\"},".repeat(4) + "{\"errorId\":\"1\"}]}").getBytes(StandardCharsets.UTF_8);
        InvalidFactsException many = assertThrows(InvalidFactsException.class, () -> loader.parse("many.json", manyEvents));
        assertEquals("many.json:1:53: /events: has more than 3 items; the limit is 3", many.problems().get(0).toString());
    }

    @Test
    void anUnreadableFileIsExplained(@TempDir Path dir) throws IOException {
        // Permissions do not bind the superuser, so this check only means something for other users.
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        Path locked = dir.resolve("locked.json");
        Files.writeString(locked, "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        CliRun run = CliRun.of("analyze", locked.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("locked.json: permission denied"), run.err());
    }
}
