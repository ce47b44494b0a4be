package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.testing.Project;

/** A bundle folder is read for what is in it: a link out of it is not followed, and no message copies a file. */
class BundleLinksTest {

    private static final String SECRET = "root:$6$SECRETHASH:19000:0:99999:7:::";

    private static Path bundle(Path dir) throws IOException {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle);
        try (Stream<Path> files = Files.list(Project.samples().resolve("bundles/healthy"))) {
            for (Path f : files.toList()) {
                Files.copy(f, bundle.resolve(f.getFileName()));
            }
        }
        return bundle;
    }

    @Test
    void aLinkOutOfTheBundleIsNotFollowed(@TempDir Path dir) throws IOException {
        Path bundle = bundle(dir);
        Path shadow = Files.writeString(dir.resolve("shadow"), SECRET + "\n");
        Files.delete(bundle.resolve("services.json"));
        Files.createSymbolicLink(bundle.resolve("services.json"), shadow);
        CliRun build = CliRun.of("facts", "build", bundle.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("services.json: is a link to a file outside the bundle: not read"), build.err());
        assertFalse(build.err().contains("root") || build.out().contains("SECRET"), build.err());
        CliRun analyze = CliRun.of("analyze", "--format", "json", bundle.toString());
        assertFalse(analyze.out().contains("SECRET") || analyze.out().contains("'root'"), analyze.out());
        assertTrue(analyze.out().contains("is a link to a file outside the bundle"), "the report says why services are unknown");
    }

    @Test
    void aManifestLinkedOutOfTheBundleIsRefused(@TempDir Path dir) throws IOException {
        Path bundle = bundle(dir);
        Path elsewhere = Files.copy(bundle.resolve("manifest.json"), dir.resolve("manifest-elsewhere.json"));
        Files.delete(bundle.resolve("manifest.json"));
        Files.createSymbolicLink(bundle.resolve("manifest.json"), elsewhere);
        CliRun build = CliRun.of("facts", "build", bundle.toString());
        assertEquals(2, build.exitCode(), build.err());
        assertTrue(build.err().contains("manifest.json: is a link to a file outside the bundle: not read"), build.err());
    }

    @Test
    void aLinkInsideTheBundleIsRead(@TempDir Path dir) throws IOException {
        Path bundle = bundle(dir);
        Files.move(bundle.resolve("services.json"), bundle.resolve("services-real.json"));
        Files.createSymbolicLink(bundle.resolve("services.json"), bundle.resolve("services-real.json"));
        CliRun build = CliRun.of("facts", "build", bundle.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertFalse(build.err().contains("services:"), build.err());
    }

    @Test
    void aMessageQuotesNoMoreThanAShortExcerpt(@TempDir Path dir) throws IOException {
        Path bundle = bundle(dir);
        Files.writeString(bundle.resolve("services.json"), "X".repeat(5000) + " \u001b[2J\n");
        CliRun build = CliRun.of("facts", "build", bundle.toString());
        String line = build.err().lines().filter(l -> l.contains("services.json")).findFirst().orElseThrow();
        assertFalse(line.contains("X".repeat(41)), line);
        assertTrue(line.length() < 600, line);
        assertFalse(build.err().contains("\u001b"), build.err());
    }
}
