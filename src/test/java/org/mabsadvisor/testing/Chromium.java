package org.mabsadvisor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium, run headless on a local file: its rendered DOM, or a screenshot. Browser
 * tests must not pass unseen on a machine without it: they fail, telling to install it, unless
 * {@code -Dmabs.advisor.skipBrowserTests=true} says to skip them.
 */
public final class Chromium {
    /** System property naming the browser binary, when it is not chromium on the PATH. */
    public static final String BINARY_PROPERTY = "mabs.advisor.chromium";
    /** System property that skips the browser tests, for machines that cannot have a browser. */
    public static final String SKIP_PROPERTY = "mabs.advisor.skipBrowserTests";

    private final Path binary;
    private final Path profile;

    private Chromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** The browser, with a fresh profile under {@code work}; fails (or skips, when asked) when there is none. */
    public static Chromium find(Path work) throws IOException {
        return new Chromium(binary(), Files.createDirectories(work.resolve("chromium-profile")));
    }

    /** The browser binary; fails (or skips, when asked) when there is none. */
    static Path binary() {
        if (Boolean.getBoolean(SKIP_PROPERTY)) {
            Assumptions.abort("browser tests skipped by -D" + SKIP_PROPERTY + "=true");
        }
        Path binary = locate();
        if (binary == null) {
            fail("chromium is not installed: install chromium (Debian: apt-get install -y chromium), name it with -D"
                    + BINARY_PROPERTY + "=PATH, or skip the browser tests with -D" + SKIP_PROPERTY + "=true");
        }
        return binary;
    }

    /** The DOM of the page after the browser has loaded and rendered it, as HTML. */
    public String dumpDom(Path page) throws Exception {
        return run("--dump-dom", page.toUri().toString());
    }

    /** The rendered DOM of a page given by its address, such as a file URL with a query or a fragment. */
    public String dumpDom(String url) throws Exception {
        return run("--dump-dom", url);
    }

    /** Takes a screenshot of the page, {@code width} x {@code height} pixels, as PNG. */
    public void screenshot(Path page, Path png, int width, int height) throws Exception {
        run("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
        assertTrue(Files.exists(png), "chromium wrote no screenshot");
    }

    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(profile, "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 90 s");
        }
        assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(log));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Path locate() {
        String named = System.getProperty(BINARY_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
