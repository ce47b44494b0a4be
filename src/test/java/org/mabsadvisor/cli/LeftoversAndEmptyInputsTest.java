package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.ForkedRun;
import org.mabsadvisor.testing.Project;

/** Temporary files a killed run left, an empty NDJSON stream, messages that named Java classes. */
class LeftoversAndEmptyInputsTest {

    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();
    /** Above Linux's largest process id (2^22): no process has it. */
    private static final long DEAD = 999_999_999L;

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedByTheNextOne(@TempDir Path dir) throws Exception {
        Path stale = Files.writeString(dir.resolve(".report.json." + DEAD + "-12345.tmp"), "half a report");
        Path staleSpool = Files.writeString(dir.resolve(".mabs-advisor-" + DEAD + "-678.part"), "half a host");
        Path live = Files.writeString(dir.resolve(".report.json." + ProcessHandle.current().pid() + "-1.tmp"), "being written");
        Path someoneElses = Files.writeString(dir.resolve(".report.json.tmp"), "not ours");
        CliRun run = CliRun.of("analyze", "-o", "json=" + dir.resolve("report.json"), HEALTHY);
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(stale), "the killed run's file is removed");
        assertTrue(Files.exists(live), "a running process's file is kept");
        assertTrue(Files.exists(someoneElses), "a file of another shape is never touched");
        CliRun fleet = CliRun.of("analyze", "-o", "html=" + dir.resolve("fleet.html"), HEALTHY, Project.samples().resolve("backup-failures.json").toString());
        assertTrue(fleet.exitCode() <= 1, fleet.err());
        assertFalse(Files.exists(staleSpool), "a fleet's stale part is removed");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "report.json, fleet.html, the live file and the other one");
        }
    }

    @Test
    void anEmptyNdjsonStreamIsNoCleanFleet(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
        ForkedRun stdin = ForkedRun.of(256, empty, "analyze", "--ndjson", "--format", "json", "-");
        assertEquals(2, stdin.exitCode(), stdin.err());
        assertTrue(stdin.err().contains("no host to analyse"), stdin.err());
        Path blank = Files.writeString(dir.resolve("blank.ndjson"), "\n\n  \n");
        CliRun file = CliRun.of("analyze", "-o", "json=" + dir.resolve("fleet.json"), blank.toString());
        assertEquals(2, file.exitCode(), file.err());
        assertFalse(Files.exists(dir.resolve("fleet.json")), "no report of nothing is put in place");
    }

    @Test
    void aManifestOfTheWrongKindIsExplainedWithoutJavaClassNames(@TempDir Path dir) throws Exception {
        Path bundle = Files.createDirectory(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("manifest.json"), "[1, 2]");
        CliRun run = CliRun.of("facts", "build", bundle.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("a manifest is a JSON object of the collector"), run.err());
        assertFalse(run.err().contains("org.mabsadvisor") || run.err().contains("Exception"), run.err());
    }
}
