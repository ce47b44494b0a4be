package org.mabsadvisor.testing;

import java.nio.file.Path;

/** Where the project's own folders are, for tests that read built-in rules and samples. */
public final class Project {
    private Project() {
    }

    public static Path root() {
        String home = System.getProperty("mabs.advisor.home");
        return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    public static Path builtInRules() {
        return root().resolve("rules-drl");
    }

    public static Path samples() {
        return root().resolve("facts-samples");
    }

    /** The sample bundles of the collector. */
    public static Path bundles() {
        return samples().resolve("bundles");
    }

    /** The collector and its spec list. */
    public static Path collector() {
        return root().resolve("collect");
    }
}
