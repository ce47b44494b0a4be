package org.mabsadvisor.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} builds, unpacked into an empty temporary folder
 * outside the checkout and run from there as a user would: through its launcher (also through a
 * link, and after the folder is moved), with {@code java -jar}, and as a lone jar.
 */
class ReleaseArchiveIT {
    @TempDir
    static Path work;
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static Path install;
    private static Path cache;

    @BeforeAll
    static void unpack() throws IOException {
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "the shell launcher is for Linux");
        Path zip = Path.of(System.getProperty("mabs.advisor.release"));
        assertTrue(Files.isRegularFile(zip), "mvn package built " + zip);
        Path unpacked = Files.createDirectories(work.resolve("unpacked"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(unpacked), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        try (var top = Files.list(unpacked)) {
            install = top.findFirst().orElseThrow();
        }
        // java.util.zip keeps no file modes; unzip would.
        assertTrue(install.resolve("bin/mabs-advisor").toFile().setExecutable(true));
        cache = Files.createDirectories(work.resolve("cache"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path folder, Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("MABS_ADVISOR_HOME");
        pb.environment().put("MABS_ADVISOR_CACHE", cache.toString());
        // The Java that runs the tests, whether or not one is on the PATH.
        pb.environment().put("MABS_ADVISOR_JAVA", JAVA);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Run launcher(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(install.resolve("bin/mabs-advisor").toString()));
        command.addAll(List.of(args));
        return run(folder, Map.of(), command.toArray(String[]::new));
    }

    private static Path emptyFolder(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    @Test
    void theArchiveHoldsLaunchersJarRulesCollectorDocsSamplesCompletionAndManPages() {
        for (String file : List.of("bin/mabs-advisor", "bin/mabs-advisor.cmd", "lib/mabs-advisor.jar", "rules-drl/policy.yaml",
                "collect/Collect-MabsFacts.ps1", "collect/specs.json", "docs/reports.md", "facts-samples/healthy.json", "README.md",
                "completion/mabs-advisor.bash", "man/mabs-advisor.adoc", "man/mabs-advisor-analyze.adoc", "man/mabs-advisor-rules-list.adoc")) {
            assertTrue(Files.isRegularFile(install.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(install.resolve("bin/mabs-advisor")));
        assertFalse(Files.exists(install.resolve("src")), "no sources");
    }

    @Test
    void analyzeExplainRulesListAndFactsBuildRunFromAnyFolder() throws Exception {
        Path here = emptyFolder("cwd");
        Run analyze = launcher(here, "analyze", "--format", "json", install.resolve("facts-samples/vault-credentials-invalid.json").toString());
        assertEquals(1, analyze.code(), analyze.err());
        assertTrue(analyze.out().contains("\"ruleId\" : \"VC-01\"") || analyze.out().contains("\"ruleId\":\"VC-01\""), analyze.out());

        Run explain = launcher(here, "explain", "--lang", "en", "Setup could not update registry metadata: update ReFS Trimming registry entry");
        assertEquals(0, explain.code(), explain.err());
        assertFalse(explain.out().isBlank());

        Run list = launcher(here, "rules", "list", "--format", "json");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("AV-01"), list.out());

        Path facts = here.resolve("built.json");
        Run build = launcher(here, "facts", "build", "-o", facts.toString(), install.resolve("facts-samples/bundles/healthy").toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.readString(facts).contains("\"server\""));
        try (var left = Files.list(here)) {
            assertEquals(List.of(facts), left.toList(), "nothing but the asked output is written in the working folder");
        }
    }

    @Test
    void aLinkToTheLauncherRunsTheInstallationItPointsTo() throws Exception {
        Path links = emptyFolder("links");
        Path link = links.resolve("mabs-advisor");
        Files.createSymbolicLink(link, install.resolve("bin/mabs-advisor"));
        Path second = links.resolve("second-link");
        Files.createSymbolicLink(second, link);
        Run run = run(links, Map.of(), second.toString(), "analyze", install.resolve("facts-samples/healthy.json").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("No finding"), run.out());
        try (var left = Files.list(links)) {
            assertEquals(2, left.count(), "nothing built nor recorded beside the link");
        }
    }

    @Test
    void javaDashJarFindsItsRulesFromAnyFolderAndALoneJarUsesItsShippedCopy() throws Exception {
        Path here = emptyFolder("jar-cwd");
        String sample = install.resolve("facts-samples/healthy.json").toString();
        Run beside = run(here, Map.of(), JAVA, "-jar", install.resolve("lib/mabs-advisor.jar").toString(), "analyze", sample);
        assertEquals(0, beside.code(), beside.err());

        Path lone = here.resolve("mabs-advisor.jar");
        Files.copy(install.resolve("lib/mabs-advisor.jar"), lone);
        Run alone = run(here, Map.of(), JAVA, "-jar", lone.toString(), "analyze", "--format", "json",
                install.resolve("facts-samples/vault-credentials-invalid.json").toString());
        assertEquals(1, alone.code(), alone.err());
        assertTrue(alone.out().contains("VC-01"));
        try (var folders = Files.list(cache)) {
            assertTrue(folders.anyMatch(f -> f.getFileName().toString().startsWith("built-in-rules-")
                    && Files.isRegularFile(f.resolve("policy.yaml"))), "the shipped rules were written into the cache");
        }
        try (var rules = Files.list(cache)) {
            assertTrue(rules.noneMatch(f -> f.getFileName().toString().startsWith("rules-")), "and ran from the shipped classes, not compiled");
        }
    }

    @Test
    void aMovedInstallationRecordsItsClassDataArchiveAgain() throws Exception {
        Path copy = work.resolve("moved-from");
        copyTree(install, copy);
        String sample = copy.resolve("facts-samples/healthy.json").toString();
        Path launcher = copy.resolve("bin/mabs-advisor");
        assertEquals(0, run(work, Map.of(), launcher.toString(), "analyze", sample).code());
        Path note = onlyArchiveNote(copy.resolve("lib"));
        assertTrue(Files.readString(note).startsWith(copy.resolve("lib/mabs-advisor.jar").toRealPath().toString()), Files.readString(note));

        Path moved = work.resolve("moved-to");
        Files.move(copy, moved);
        Run again = run(work, Map.of(), moved.resolve("bin/mabs-advisor").toString(), "analyze", moved.resolve("facts-samples/healthy.json").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(onlyArchiveNote(moved.resolve("lib"))).startsWith(moved.resolve("lib/mabs-advisor.jar").toRealPath().toString()),
                "the archive was recorded again for the jar where it now is");
    }

    @Test
    void aFailedBuildOrAMissingJarExitsThree() throws Exception {
        Path checkout = emptyFolder("broken-checkout");
        Files.copy(install.resolve("bin/mabs-advisor"), checkout.resolve("mabs-advisor"));
        assertTrue(checkout.resolve("mabs-advisor").toFile().setExecutable(true));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path fakeBin = emptyFolder("fake-bin");
        Path mvn = fakeBin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho 'BUILD FAILURE' >&2\nexit 1\n");
        assertTrue(mvn.toFile().setExecutable(true));
        Run failed = run(checkout, Map.of("PATH", fakeBin + ":" + System.getenv("PATH")), checkout.resolve("mabs-advisor").toString(),
                "analyze", install.resolve("facts-samples/healthy.json").toString());
        assertEquals(3, failed.code(), failed.err());
        assertTrue(failed.err().contains("the build failed"), failed.err());

        Path incomplete = emptyFolder("incomplete/bin");
        Files.copy(install.resolve("bin/mabs-advisor"), incomplete.resolve("mabs-advisor"));
        assertTrue(incomplete.resolve("mabs-advisor").toFile().setExecutable(true));
        Run missing = run(work, Map.of(), incomplete.resolve("mabs-advisor").toString(), "rules", "list");
        assertEquals(3, missing.code(), missing.err());
        assertTrue(missing.err().contains("is missing"), missing.err());
    }

    private static Path onlyArchiveNote(Path lib) throws IOException {
        try (var files = Files.list(lib)) {
            List<Path> notes = files.filter(f -> f.getFileName().toString().endsWith(".jsa.jar")).toList();
            assertEquals(1, notes.size(), "one archive and its note: " + notes);
            return notes.get(0);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
