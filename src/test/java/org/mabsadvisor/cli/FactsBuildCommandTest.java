package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.Zips;

/** mabs-advisor facts build, and analyze given a bundle that cannot be read. */
class FactsBuildCommandTest {
    private static final Path HEALTHY = Project.bundles().resolve("healthy");

    @TempDir
    Path temp;

    @Test
    void buildsAFactsFileThatAnalyzeAcceptsAsItIs() throws Exception {
        CliRun run = CliRun.of("facts", "build", HEALTHY.toString());
        assertEquals(0, run.exitCode(), run.err());
        FactsDocument doc = new FactsLoader().parse("out", run.out().getBytes(StandardCharsets.UTF_8));
        assertEquals("MABS01", doc.server().name());
        assertTrue(run.err().contains("mabs-advisor: not collected: security-center-antivirus: "), run.err());
        Path facts = Files.writeString(temp.resolve("facts.json"), run.out());
        assertEquals(0, CliRun.of("analyze", facts.toString()).exitCode());
    }

    @Test
    void writesTheFactsAtomicallyToAFileAndNeverOverTheBundle() throws Exception {
        Path zip = Zips.zip(HEALTHY, temp.resolve("bundle.zip"), "");
        byte[] before = Files.readAllBytes(zip);
        Path out = temp.resolve("mabs01.json");
        CliRun run = CliRun.of("facts", "build", "-o", out.toString(), zip.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).contains("\"name\" : \"MABS01\""));
        CliRun over = CliRun.of("facts", "build", "--output", zip.toString(), zip.toString());
        assertEquals(2, over.exitCode());
        assertTrue(over.err().contains("is the bundle; refusing to overwrite it"), over.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(zip)), "the bundle must never change");
        try (var files = Files.list(temp)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aBundleThatCannotBeReadIsLocatedAndExitsTwo() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("manifest.json"), "{\n  \"host\": \"MABS01\",\n  \"specs\": [\n");
        for (String command : new String[] {"facts build", "analyze"}) {
            String[] args = (command + " " + broken).split(" ");
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("the bundle cannot be read:"), run.err());
            assertTrue(run.err().contains(broken.resolve("manifest.json") + ":4:1: malformed manifest"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        }
        CliRun notZip = CliRun.of("analyze", Files.writeString(temp.resolve("x.zip"), "not a zip").toString());
        assertEquals(2, notZip.exitCode());
        assertTrue(notZip.err().contains("x.zip: is not a readable zip file"), notZip.err());
    }

    @Test
    void aFactsFileIsNotABundle() {
        CliRun run = CliRun.of("facts", "build", Project.samples().resolve("healthy.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("healthy.json: is not a readable zip file"), run.err());
        CliRun none = CliRun.of("facts");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("a subcommand is required (build)"), none.err());
        CliRun help = CliRun.of("facts", "build", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Collect-MabsFacts.ps1") && help.out().contains("Exit codes:"), help.out());
    }

    @Test
    void theJsonReportListsTheCollectionProblemsOnlyForBundles() {
        CliRun bundle = CliRun.of("analyze", "--format", "json", Project.bundles().resolve("damaged-outputs").toString());
        String json = bundle.out().replace("\r\n", "\n");
        assertTrue(json.contains("\"collection\" : [ {\n    \"spec\" : \"services\",\n    \"problem\" : \"services.json:27: malformed JSON"), json);
        CliRun facts = CliRun.of("analyze", "--format", "json", Project.samples().resolve("healthy.json").toString());
        assertFalse(facts.out().contains("\"collection\""), "a report of a facts file keeps its former shape");
    }
}
