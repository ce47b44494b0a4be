package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** No output may be, or link to, a file the run reads: it is refused before anything is read or written. */
class OutputOntoInputTest {

    private static final Path HEALTHY = Project.samples().resolve("healthy.json");
    private static final Path OTHER = Project.samples().resolve("basic-troubleshooting.json");

    private static void assertRefusedAndUntouched(CliRun run, Path input, byte[] before, String expected) throws IOException {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in:\n" + run.err());
        assertArrayEquals(before, Files.readAllBytes(input), "the input is untouched");
    }

    @Test
    void aHostFileInsideAFleetFolder(@TempDir Path dir) throws IOException {
        Path hosts = Files.createDirectory(dir.resolve("hosts"));
        Path host = Files.copy(HEALTHY, hosts.resolve("h.json"));
        Files.copy(OTHER, hosts.resolve("other.json"));
        byte[] before = Files.readAllBytes(host);
        CliRun run = CliRun.of("analyze", hosts.toString(), "-o", "json=" + host);
        assertRefusedAndUntouched(run, host, before, "--output " + host + " is " + host + ", which this run reads; refusing to overwrite it");
        CliRun plain = CliRun.of("analyze", "--format", "json", hosts.toString(), "-o", host.toString());
        assertRefusedAndUntouched(plain, host, before, "which this run reads");
    }

    @Test
    void theManifestOfABundleFolder(@TempDir Path dir) throws IOException {
        Path bundle = dir.resolve("bundle");
        copyFolder(Project.samples().resolve("bundles/healthy"), bundle);
        Path manifest = bundle.resolve("manifest.json");
        byte[] before = Files.readAllBytes(manifest);
        CliRun build = CliRun.of("facts", "build", bundle.toString(), "-o", manifest.toString());
        assertRefusedAndUntouched(build, manifest, before, "--output " + manifest + " is " + manifest + ", a file of the bundle; refusing to overwrite it");
        CliRun analyze = CliRun.of("analyze", bundle.toString(), "-o", "json=" + bundle.resolve("services.json"));
        assertRefusedAndUntouched(analyze, manifest, before, "which this run reads");
    }

    @Test
    void linksToAnInputSymbolicAndHard(@TempDir Path dir) throws IOException {
        Path input = Files.copy(HEALTHY, dir.resolve("facts.json"));
        byte[] before = Files.readAllBytes(input);
        Path symbolic = Files.createSymbolicLink(dir.resolve("report.json"), input);
        assertRefusedAndUntouched(CliRun.of("analyze", input.toString(), "-o", "json=" + symbolic), input, before, "is the input file");
        Path hard = Files.createLink(dir.resolve("hard.json"), input);
        assertRefusedAndUntouched(CliRun.of("analyze", input.toString(), "-o", "json=" + hard), input, before, "is the input file");
    }

    @Test
    void theWaiversBaselinePolicySiteConfigurationAndRules(@TempDir Path dir) throws IOException {
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), "waivers: []\n");
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "{}\n");
        Path site = Files.writeString(dir.resolve("site.yaml"), "disable: []\n");
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, CliRun.of("analyze", "--format", "json", "-o", baseline.toString(), HEALTHY.toString()).exitCode());
        Path rules = dir.resolve("rules");
        copyFolder(Project.root().resolve("src/test/resources/bad-rules/loop"), rules);
        Path drl = rules.resolve("loop.drl");
        for (Path read : List.of(waivers, policy, site, baseline, drl)) {
            byte[] before = Files.readAllBytes(read);
            CliRun run = CliRun.of("analyze", "--waivers", waivers.toString(), "--policy", policy.toString(), "--site-config", site.toString(),
                    "--baseline", baseline.toString(), "--rules", rules.toString(), HEALTHY.toString(), "-o", "markdown=" + read);
            assertRefusedAndUntouched(run, read, before, "--output " + read + " is " + read + ", which this run reads");
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
