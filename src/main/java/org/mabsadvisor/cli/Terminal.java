package org.mabsadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which is when a progress bar may be drawn on it. Java 17
 * cannot tell: {@code System.console()} speaks of standard input and output, so a run whose report
 * is piped but whose standard error is a terminal would show no bar, and one whose standard error
 * goes to a file would get carriage-return frames in it. The launchers ask the shell ({@code [ -t 2 ]})
 * and pass the answer; without them, Linux tells through /proc; elsewhere the console is the best guess.
 */
final class Terminal {
    /** Set by the launchers to true or false. */
    static final String PROPERTY = "mabs.advisor.stderr.terminal";

    private Terminal() {
    }

    static boolean stderr() {
        String told = System.getProperty(PROPERTY);
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.strip());
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
