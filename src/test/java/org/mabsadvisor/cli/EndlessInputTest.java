package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.ForkedRun;
import org.mabsadvisor.testing.Project;

/**
 * Endless and huge inputs: devices, links to them, named pipes without a writer and a file of ten
 * million list items are refused with a message and exit 2, in a 256 MB heap, never waited on.
 * Each case runs in a JVM of its own so that a regression exhausts that JVM, not the test run.
 */
class EndlessInputTest {

    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();
    private static final int HEAP_MB = 256;

    /** Every option that names a file, each given every endless source. */
    @Test
    void devicesLinksAndPipesAreRefusedWhereverAFileIsRead(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")) && Files.exists(Path.of("/dev/urandom")), "a Unix system");
        Path zeroLink = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Path randomLink = Files.createSymbolicLink(dir.resolve("random.ndjson"), Path.of("/dev/urandom"));
        Path pipe = dir.resolve("pipe.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
        List<String> sources = List.of("/dev/zero", "/dev/urandom", zeroLink.toString(), randomLink.toString(), pipe.toString());
        List<List<String>> commands = new ArrayList<>();
        for (String source : sources) {
            commands.add(List.of("analyze", source));
            commands.add(List.of("analyze", "--waivers", source, HEALTHY));
            commands.add(List.of("analyze", "--policy", source, HEALTHY));
            commands.add(List.of("analyze", "--site-config", source, HEALTHY));
            commands.add(List.of("analyze", "--baseline", source, HEALTHY));
        }
        for (List<String> command : commands) {
            ForkedRun run = ForkedRun.of(HEAP_MB, null, command.toArray(String[]::new));
            assertFalse(run.hung(), "hung: " + command);
            assertEquals(2, run.exitCode(), command + "\n" + run.err());
            assertTrue(run.err().contains("is not a regular file"), command + "\n" + run.err());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Error"), command + "\n" + run.err());
        }
    }

    @Test
    void anNdjsonFileThatIsADeviceIsOneBadInputOfTheFleet(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix system");
        Path zeroLink = Files.createSymbolicLink(dir.resolve("zero.ndjson"), Path.of("/dev/zero"));
        ForkedRun run = ForkedRun.of(HEAP_MB, null, "analyze", "--format", "json", zeroLink.toString(), HEALTHY);
        assertFalse(run.hung());
        assertTrue(run.err().contains("zero.ndjson: is not a regular file"), run.err());
        assertTrue(run.out().contains("\"MABS01\""), "the other host is still reported:\n" + run.out());
    }

    /** 20 MB, ten million items: refused at the first item past the limit, as the tokens stream past. */
    @Test
    void aListOfTenMillionItemsIsRefusedInASmallHeap(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("ten-million.json");
        try (OutputStream out = Files.newOutputStream(facts)) {
            out.write("{\"schemaVersion\":\"1\",\"server\":{\"name\":\"M\"},\n\"events\":[".getBytes(StandardCharsets.US_ASCII));
            byte[] items = "0,".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(items);
            }
            out.write("0]}".getBytes(StandardCharsets.US_ASCII));
        }
        ForkedRun run = ForkedRun.of(HEAP_MB, null, "analyze", facts.toString());
        assertFalse(run.hung());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("ten-million.json:2:10: /events: has more than 100000 items; the limit is 100000"), run.err());
        assertFalse(run.err().contains("OutOfMemoryError"), run.err());
    }

    @Test
    void standardInputIsStillRead() throws IOException, InterruptedException {
        ForkedRun run = ForkedRun.of(HEAP_MB, Path.of(HEALTHY), "analyze", "--format", "json", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"MABS01\""), run.out());
    }
}
