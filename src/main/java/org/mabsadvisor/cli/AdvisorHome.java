package org.mabsadvisor.cli;

import java.nio.file.Path;

/** Where the tool is installed, to find its built-in rules (the launchers tell it), and where it keeps its cache. */
final class AdvisorHome {
    private AdvisorHome() {
    }

    static Path builtInRules() {
        String home = setting("mabs.advisor.home", "MABS_ADVISOR_HOME");
        Path base = home == null ? Path.of("") : Path.of(home);
        return base.resolve("rules-drl");
    }

    /**
     * The folder of compiled rules kept between runs: {@code MABS_ADVISOR_CACHE} when set, else
     * the user's cache folder as each system has it (%LOCALAPPDATA% on Windows, $XDG_CACHE_HOME or
     * ~/.cache elsewhere), under mabs-advisor.
     */
    static Path cacheFolder() {
        String chosen = setting("mabs.advisor.cache", "MABS_ADVISOR_CACHE");
        if (chosen != null) {
            return Path.of(chosen);
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(localAppData, "mabs-advisor", "cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "mabs-advisor");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mabs-advisor");
    }

    /** A system property, else an environment variable; null when neither is set. */
    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
