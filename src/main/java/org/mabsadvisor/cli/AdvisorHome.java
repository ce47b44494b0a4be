package org.mabsadvisor.cli;

import java.nio.file.Path;

/** Where the tool is installed, to find its built-in rules; the launchers tell it. */
final class AdvisorHome {
    private AdvisorHome() {
    }

    static Path builtInRules() {
        String home = System.getProperty("mabs.advisor.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("MABS_ADVISOR_HOME");
        }
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return base.resolve("rules-drl");
    }
}
