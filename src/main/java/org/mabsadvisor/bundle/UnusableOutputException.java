package org.mabsadvisor.bundle;

/**
 * An output that cannot be used: the command failed, or its output is not in the expected format.
 * {@code line} is the line of the output file the problem is at (0 when it is about the whole file).
 */
final class UnusableOutputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    UnusableOutputException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The command did not succeed: its exit code and the error the collector recorded. */
    static UnusableOutputException failed(SpecRun run) {
        StringBuilder s = new StringBuilder();
        s.append(run.exitCode() == null ? "the command did not run" : "the command failed (exit code " + run.exitCode() + ")");
        if (run.error() != null && !run.error().isBlank()) {
            s.append(": ").append(run.error().strip());
        }
        return new UnusableOutputException(0, s.toString());
    }

    int line() {
        return line;
    }
}
