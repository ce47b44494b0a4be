package org.mabsadvisor.cli;

/** Ends the process the way rule code could, after installing the guard as Main does. */
final class ExitGuardProbe {
    private ExitGuardProbe() {
    }

    public static void main(String[] args) {
        ExitGuard guard = ExitGuard.install(System.err);
        if (args.length > 0 && args[0].equals("finish")) {
            guard.finished();
        }
        System.exit(0);
    }
}
