package org.mabsadvisor.bundle;

import java.util.List;

/**
 * What one run of a spec left: the spec, its manifest entry, how messages name its output file,
 * and the file's bytes (null when there is no output file).
 */
record SpecOutput(Spec spec, SpecRun run, String location, byte[] bytes) {

    /** The protected server the run read, or null for the MABS server itself. */
    String server() {
        return run.server();
    }

    /** Fails unless the command ran to the end and left its output. */
    void requireSuccess() throws UnusableOutputException {
        if (!run.succeeded()) {
            throw UnusableOutputException.failed(run);
        }
        requireFile();
    }

    /** Fails when the run left no output file. */
    void requireFile() throws UnusableOutputException {
        if (bytes == null) {
            throw new UnusableOutputException(0, "its output file is missing from the bundle");
        }
    }

    /** The output as text; empty when there is no output file. */
    String text() {
        return bytes == null ? "" : Text.decode(bytes);
    }

    /** The output's lines, without line ends. */
    List<String> lines() {
        return text().lines().toList();
    }
}
