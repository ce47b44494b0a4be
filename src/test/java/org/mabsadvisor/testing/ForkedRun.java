package org.mabsadvisor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, with a small heap: a hostile input that would exhaust
 * memory or block must not take the test run down with it, and memory bounds are checked by the
 * heap, not by the clock. The time limit only guards against a hang; it is generous on purpose.
 */
public record ForkedRun(int exitCode, String out, String err, boolean hung) {

    private static final long HANG_GUARD_SECONDS = 180;

    /** Runs {@code mabs-advisor args} with a {@code heapMb} heap; standard input from {@code stdin}, or none. */
    public static ForkedRun of(int heapMb, Path stdin, String... args) throws IOException, InterruptedException {
        return of(heapMb, stdin, null, args);
    }

    /** As {@link #of(int, Path, String...)}, with standard output sent to {@code stdout} ({@code /dev/full}, say) when not null. */
    public static ForkedRun of(int heapMb, Path stdin, Path stdout, String... args) throws IOException, InterruptedException {
        return main("org.mabsadvisor.cli.Main", heapMb, stdin, stdout, args);
    }

    /** Runs another main class of the test class path the same way. */
    public static ForkedRun main(String mainClass, int heapMb, Path stdin, Path stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMb + "m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path dir = Files.createTempDirectory("forked-run");
        try {
            Path out = dir.resolve("out");
            Path err = dir.resolve("err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout != null ? stdout.toFile() : out.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process process = builder.start();
            if (stdin == null) {
                process.getOutputStream().close();
            }
            boolean ended = process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            return new ForkedRun(ended ? process.exitValue() : -1, stdout != null ? "" : read(out), read(err), !ended);
        } finally {
            try (var files = Files.list(dir)) {
                // Only the files this run made: out and err, or err alone.
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String read(Path file) throws IOException {
        // Bounded: a run gone wrong may print a great deal.
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
    }
}
