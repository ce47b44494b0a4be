package org.mabsadvisor.bundle;

/**
 * How one command went, as the manifest records it: its output file (null when it left none), exit
 * code, duration, and the error it reported. {@code server} is set for protected-server specs.
 */
public record SpecRun(String spec, String server, String output, Integer exitCode, Long durationMs, String error, String errorId) {

    /** True when the command ran to the end without error. */
    public boolean succeeded() {
        return exitCode != null && exitCode == 0;
    }

    /** True when the error the collector recorded has this id (PowerShell's FullyQualifiedErrorId), or starts with it. */
    public boolean failedWith(String id) {
        return errorId != null && (errorId.equals(id) || errorId.startsWith(id + ","));
    }
}
