package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mabsadvisor.testing.ForkedRun;
import org.mabsadvisor.testing.Project;

/** A report that cannot be written is never a silent success: a message and exit 4. */
class OutputFailureTest {

    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();
    private static final String FINDINGS = Project.samples().resolve("agent-registration-errors.json").toString();
    private static final String BUNDLE = Project.samples().resolve("bundles/healthy").toString();

    /** Standard output that refuses every write, as a full disk or a closed descriptor does. */
    private static final class Refusing extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    private static CliRun refused(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new Refusing(), true), new PrintWriter(err, true));
        return new CliRun(code, "", err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"analyze-json", "analyze-text-findings", "analyze-dash", "facts-build", "schema", "fleet", "rules-list"})
    void everyCommandSaysThatItsStandardOutputWasLost(String which) {
        List<String> args = switch (which) {
            case "analyze-json" -> List.of("analyze", "--format", "json", HEALTHY);
            case "analyze-text-findings" -> List.of("analyze", FINDINGS);
            case "analyze-dash" -> List.of("analyze", "-o", "json=-", HEALTHY);
            case "facts-build" -> List.of("facts", "build", BUNDLE);
            case "schema" -> List.of("schema");
            case "fleet" -> List.of("analyze", "--format", "json", HEALTHY, FINDINGS);
            default -> List.of("rules", "list");
        };
        CliRun run = refused(args.toArray(String[]::new));
        assertEquals(4, run.exitCode(), which + ":\n" + run.err());
        assertTrue(run.err().contains("mabs-advisor: cannot write to standard output"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    /** The real thing, in a JVM of its own: /dev/full as standard output, and a report file onto /dev/full. */
    @Test
    void aFullDeviceIsNamedWithTheSystemsReason() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "a Linux system");
        ForkedRun stdout = ForkedRun.of(256, null, full, "analyze", "--format", "json", HEALTHY);
        assertEquals(4, stdout.exitCode(), stdout.err());
        assertTrue(stdout.err().contains("cannot write to standard output: No space left on device"), stdout.err());
        ForkedRun file = ForkedRun.of(256, null, "analyze", "-o", "json=/dev/full", HEALTHY);
        assertEquals(4, file.exitCode(), file.err());
        assertTrue(file.err().contains("mabs-advisor: cannot write /dev/full: No space left on device"), file.err());
        ForkedRun facts = ForkedRun.of(256, null, "facts", "build", "-o", "/dev/full", BUNDLE);
        assertEquals(4, facts.exitCode(), facts.err());
        assertTrue(facts.err().contains("cannot write /dev/full: No space left on device"), facts.err());
    }

    @Test
    void aReportIntoAFolderThatIsMissingNamesTheFile(@TempDir Path dir) {
        CliRun run = CliRun.of("analyze", "-o", "json=" + dir.resolve("no/such/r.json"), HEALTHY);
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot write " + dir.resolve("no/such/r.json") + ": its folder does not exist"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
