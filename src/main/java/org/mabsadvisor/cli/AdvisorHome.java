package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.mabsadvisor.engine.PackagedRules;
import org.mabsadvisor.packaged.ShippedYaml;

/**
 * Where the tool is installed, to find its built-in rules, and where it keeps its cache.
 *
 * <p>The built-in rule folder is, in this order: {@code rules-drl} under the home the launchers
 * name ({@code -Dmabs.advisor.home}, or MABS_ADVISOR_HOME); {@code rules-drl} beside the jar's
 * folder ({@code target/} of a checkout, {@code lib/} of the release archive), so that
 * {@code java -jar} works from any folder and edits of a checkout's rules take effect; else the
 * copy of the rule files the jar ships, written once into the cache folder. It used to be
 * {@code rules-drl} under the working folder, which only existed when run from a checkout's root.
 */
final class AdvisorHome {
    private static final String RULES = "rules-drl";

    private AdvisorHome() {
    }

    static Path builtInRules() {
        String home = setting("mabs.advisor.home", "MABS_ADVISOR_HOME");
        if (home != null) {
            return Path.of(home).resolve(RULES);
        }
        Path jarFolder = jarFolder();
        if (jarFolder != null && jarFolder.getParent() != null && Files.isDirectory(jarFolder.getParent().resolve(RULES))) {
            return jarFolder.getParent().resolve(RULES);
        }
        Path shipped = shippedRules(cacheFolder());
        return shipped != null ? shipped : Path.of(RULES);
    }

    /** The folder of the jar (or class folder) this class was loaded from; null when it cannot be told. */
    static Path jarFolder() {
        try {
            var source = AdvisorHome.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The built-in rule files the jar ships, written under {@code cache} in a folder named after
     * the build of the rules (so a new release gets its own), once: a folder is written under a
     * temporary name, then renamed, so that runs starting together each see a whole one. Null when
     * this build ships no rules.
     */
    static Path shippedRules(Path cache) {
        try {
            byte[] index = PackagedRules.shippedIndex();
            if (index == null) {
                return null;
            }
            Path folder = cache.resolve("built-in-rules-" + HexFormat.of().formatHex(sha256(index), 0, 8));
            if (Files.isDirectory(folder)) {
                return folder;
            }
            Path temporary = Files.createTempDirectory(Files.createDirectories(cache), "built-in-rules-");
            try {
                PackagedRules.copySourcesTo(temporary);
                ShippedYaml.copyTo(temporary);
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another run put its copy in place first: use that one.
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
            } finally {
                delete(temporary);
            }
            return folder;
        } catch (IOException | UncheckedIOException e) {
            // No cache folder to write into: the rules are looked for in the working folder, as before, and
            // their absence reported there.
            return null;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
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
