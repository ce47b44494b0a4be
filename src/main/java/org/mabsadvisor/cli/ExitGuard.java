package org.mabsadvisor.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes an early end of the process visible: should anything but {@link Main} end it (rule code
 * calling System.exit, which the rule guard refuses but a Java author can always reach somehow),
 * the exit code becomes 3 and a message says that no report was written, instead of whatever code
 * the caller chose, 0 included. A signal (Ctrl-C, kill) ends the same way, with the same message.
 * Runtime.halt skips every hook; the guard refuses it in rule code, which is all that can be done.
 */
final class ExitGuard {
    private final AtomicBoolean finished = new AtomicBoolean();

    private ExitGuard() {
    }

    /** Installs the guard; {@link #finished()} must be called before the tool's own System.exit. */
    static ExitGuard install(PrintStream err) {
        ExitGuard guard = new ExitGuard();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> guard.onShutdown(err), "exit-guard"));
        return guard;
    }

    /** The tool is done: the exit that follows is its own. */
    void finished() {
        finished.set(true);
    }

    private void onShutdown(PrintStream err) {
        if (!finished.get()) {
            err.println("mabs-advisor: the run was ended before it was done (by code of a rule calling System.exit, or by a signal): "
                    + "no report was written; exit code 3");
            err.flush();
            Runtime.getRuntime().halt(ExitCodes.INTERNAL);
        }
    }
}
