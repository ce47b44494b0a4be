package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** remediate --output-dir: a script per server of a fleet report, each the one remediate writes for that server's own report. */
class RemediateFleetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eachServerWithSomethingToDoGetsTheScriptOfItsOwnReport() throws Exception {
        Path fleet = dir.resolve("fleet.json");
        CliRun analyze = CliRun.of("analyze", "--format", "json", "--lang", "fr", "-o", fleet.toString(),
                Project.samples().resolve("basic-troubleshooting.json").toString(), Project.samples().resolve("healthy.json").toString(),
                Project.samples().resolve("vault-credentials-invalid.json").toString());
        assertEquals(1, analyze.exitCode(), analyze.err());
        Path scripts = dir.resolve("scripts");
        CliRun run = CliRun.of("remediate", fleet.toString(), "--output-dir", scripts.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 script(s) written"), run.out());
        List<String> files;
        try (Stream<Path> listed = Files.list(scripts)) {
            files = listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
        JsonNode hosts = JSON.readTree(fleet.toFile()).get("hosts");
        assertEquals(List.of("fix-" + hosts.get(0).get("host").asText() + ".ps1", "fix-" + hosts.get(2).get("host").asText() + ".ps1").stream().sorted().toList(),
                files, "the healthy server has nothing to do");
        // The same host's report on its own, under the same file name, gives the same script byte for byte.
        Path alone = Files.createDirectories(dir.resolve("alone")).resolve("fleet.json");
        Files.writeString(alone, JSON.writeValueAsString(hosts.get(2)));
        Path single = dir.resolve("single.ps1");
        assertEquals(0, CliRun.of("remediate", alone.toString(), "-o", single.toString()).exitCode());
        assertEquals(Files.readString(single, StandardCharsets.UTF_8),
                Files.readString(scripts.resolve("fix-" + hosts.get(2).get("host").asText() + ".ps1"), StandardCharsets.UTF_8));
        // One server's report given --output-dir gets the same script, in the folder.
        Path own = dir.resolve("own");
        CliRun one = CliRun.of("remediate", alone.toString(), "--output-dir", own.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(Files.readString(single, StandardCharsets.UTF_8),
                Files.readString(own.resolve("fix-" + hosts.get(2).get("host").asText() + ".ps1"), StandardCharsets.UTF_8));
    }

    @Test
    void aHostNameCannotLeadAScriptOutOfItsFolderNorOverwriteAnother() throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(CliRun.of("analyze", "--format", "json",
                Project.samples().resolve("basic-troubleshooting.json").toString()).out());
        ObjectNode fleet = JSON.createObjectNode();
        var hosts = fleet.putArray("hosts");
        for (String name : List.of("..\\..\\Windows\\evil", "../../etc/evil", "MABS01", "mabs01", "CON", "")) {
            hosts.add(report.deepCopy().put("host", name));
        }
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, JSON.writeValueAsString(fleet));
        Path scripts = dir.resolve("out");
        CliRun run = CliRun.of("remediate", file.toString(), "--output-dir", scripts.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Path> written;
        try (Stream<Path> all = Files.walk(dir)) {
            written = all.filter(p -> p.toString().endsWith(".ps1")).toList();
        }
        assertEquals(6, written.size(), written.toString());
        assertTrue(written.stream().allMatch(p -> p.getParent().equals(scripts)), "every script in the folder: " + written);
        assertTrue(written.stream().allMatch(p -> p.getFileName().toString().matches("fix-[A-Za-z0-9_][A-Za-z0-9._-]*\\.ps1")), written.toString());
    }

    @Test
    void aFleetWithoutAFolderOrTwoDestinationsAreRefused() throws Exception {
        Path fleet = dir.resolve("fleet.json");
        assertEquals(0, CliRun.of("analyze", "--format", "json", "-o", fleet.toString(), Project.samples().resolve("healthy.json").toString(),
                Project.samples().resolve("healthy-v4.json").toString()).exitCode());
        CliRun noDir = CliRun.of("remediate", fleet.toString());
        assertEquals(2, noDir.exitCode());
        assertTrue(noDir.err().contains("is the report of a fleet: give --output-dir DIR"), noDir.err());
        CliRun both = CliRun.of("remediate", fleet.toString(), "-o", dir.resolve("a.ps1").toString(), "--output-dir", dir.resolve("d").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("not both"), both.err());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"hosts\": [ {\"host\": \"A\", \"findings\": [");
        CliRun truncated = CliRun.of("remediate", broken.toString(), "--output-dir", dir.resolve("e").toString());
        assertEquals(2, truncated.exitCode());
        assertTrue(truncated.err().contains("not a readable JSON report"), truncated.err());
    }
}
