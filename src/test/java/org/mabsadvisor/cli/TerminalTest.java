package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Whether standard error is a terminal: as the launcher says, else as Linux tells; never when it goes to a file or a pipe. */
class TerminalTest {

    @Test
    void theLaunchersWordWins() {
        String before = System.getProperty(Terminal.PROPERTY);
        try {
            System.setProperty(Terminal.PROPERTY, "true");
            assertTrue(Terminal.stderr());
            System.setProperty(Terminal.PROPERTY, "false");
            assertFalse(Terminal.stderr());
        } finally {
            if (before == null) {
                System.clearProperty(Terminal.PROPERTY);
            } else {
                System.setProperty(Terminal.PROPERTY, before);
            }
        }
    }

    @Test
    void withoutItAStandardErrorThatIsAPipeOrAFileIsNoTerminal() {
        // The test JVM's standard error goes to the build, never to a terminal.
        if (System.getProperty(Terminal.PROPERTY) == null && Files.exists(Path.of("/proc/self/fd/2"))) {
            assertFalse(Terminal.stderr());
        }
    }
}
