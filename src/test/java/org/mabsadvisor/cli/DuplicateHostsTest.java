package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/**
 * Two inputs of one host name in a fleet: a warning, and a baseline that never lends one input's
 * findings to the other (healthy.json and agent-registration-errors.json both name MABS01).
 */
class DuplicateHostsTest {

    private static final Path HEALTHY = Project.samples().resolve("healthy.json");
    private static final Path FINDINGS = Project.samples().resolve("agent-registration-errors.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSecondInputOfOneHostNameIsNamedInAWarning(@TempDir Path dir) throws Exception {
        Path hosts = fleet(dir, HEALTHY, FINDINGS);
        CliRun run = CliRun.of("analyze", "--format", "json", hosts.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: host MABS01 is in two inputs, " + hosts.resolve("a.json") + " and " + hosts.resolve("b.json")),
                run.err());
    }

    @Test
    void theBaselineComparesEachInputWithItsOwnReport(@TempDir Path dir) throws Exception {
        Path hosts = fleet(dir, HEALTHY, FINDINGS);
        Path baseline = dir.resolve("baseline.json");
        assertEquals(1, CliRun.of("analyze", "--format", "json", "-o", baseline.toString(), hosts.toString()).exitCode());

        CliRun same = CliRun.of("analyze", "--format", "json", "--baseline", baseline.toString(), "--fail-on-new", hosts.toString());
        assertEquals(0, same.exitCode(), "nothing is new:\n" + same.err());
        JsonNode report = JSON.readTree(same.out());
        for (JsonNode host : report.get("hosts")) {
            assertTrue(host.path("resolved").isEmpty(), "nothing was resolved on " + host.get("input") + ": " + host.path("resolved"));
        }

        // a.json, healthy in the baseline, now has the findings b.json had: they are new on a.json.
        Files.copy(FINDINGS, hosts.resolve("a.json"), StandardCopyOption.REPLACE_EXISTING);
        CliRun worse = CliRun.of("analyze", "--format", "json", "--baseline", baseline.toString(), "--fail-on-new", hosts.toString());
        assertEquals(1, worse.exitCode(), "new findings on a.json fail the run:\n" + worse.err());
    }

    @Test
    void aBaselineOfAnUnknownSchemaVersionIsRefused(@TempDir Path dir) throws Exception {
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "{\n  \"schemaVersion\": \"7\",\n  \"host\": \"MABS01\", \"findings\": []\n}\n");
        CliRun run = CliRun.of("analyze", "--baseline", baseline.toString(), HEALTHY.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(baseline + ":2:20: /schemaVersion: schema version \"7\" is not known"), run.err());
    }

    private static Path fleet(Path dir, Path a, Path b) throws Exception {
        Path hosts = Files.createDirectory(dir.resolve("hosts"));
        Files.copy(a, hosts.resolve("a.json"));
        Files.copy(b, hosts.resolve("b.json"));
        return hosts;
    }
}
