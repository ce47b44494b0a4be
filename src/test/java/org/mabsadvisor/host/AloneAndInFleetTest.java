package org.mabsadvisor.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.SampleReports;

/**
 * Every sample, facts file and bundle alike, gets the same report alone and in a fleet: both go
 * through the one host pipeline (a bundle's collection problems were once dropped in a fleet).
 */
class AloneAndInFleetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleGetsTheSameReportAloneAndInAFleet() throws IOException {
        Path healthy = Project.samples().resolve("healthy.json");
        Path other = Project.samples().resolve("agent-registration-errors.json");
        List<Path> samples = SampleReports.samplesAndBundles();
        assertTrue(samples.size() > 20, "the samples are found: " + samples);
        boolean sawCollection = false;
        for (Path sample : samples) {
            CliRun alone = CliRun.of("analyze", "--format", "json", "--fail-on", "none", sample.toString());
            assertEquals(0, alone.exitCode(), sample + ": " + alone.err());
            Path companion = sample.equals(healthy) ? other : healthy;
            CliRun fleet = CliRun.of("analyze", "--format", "json", "--fail-on", "none", sample.toString(), companion.toString());
            assertEquals(0, fleet.exitCode(), sample + " in a fleet: " + fleet.err());

            JsonNode single = comparable(JSON.readTree(alone.out()));
            JsonNode hosted = null;
            for (JsonNode host : JSON.readTree(fleet.out()).get("hosts")) {
                if (host.path("input").asText().equals(sample.toString())) {
                    hosted = comparable(host);
                }
            }
            assertTrue(hosted != null, sample + " is a host of the fleet report:\n" + fleet.out());
            assertEquals(single, hosted, sample + ": alone and in a fleet");
            sawCollection |= !single.path("collection").isEmpty();
        }
        assertTrue(sawCollection, "some bundle has collection problems, which both ways report");
    }

    @Test
    void theDamagedBundleKeepsItsCollectionProblemsInAFleet() throws IOException {
        Path damaged = Project.samples().resolve("bundles/damaged-outputs");
        CliRun fleet = CliRun.of("analyze", "--format", "json", "--fail-on", "none", damaged.toString(),
                Project.samples().resolve("healthy.json").toString());
        JsonNode host = JSON.readTree(fleet.out()).get("hosts").get(0);
        JsonNode alone = JSON.readTree(CliRun.of("analyze", "--format", "json", "--fail-on", "none", damaged.toString()).out());
        assertFalse(alone.path("collection").isEmpty(), "the damaged bundle has collection problems");
        assertEquals(alone.path("collection"), host.path("collection"), fleet.out());
    }


    /** The report without what legitimately differs between two runs: when it ran. */
    private static JsonNode comparable(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("analysedAt");
        assertFalse(copy.has("analysedAt"));
        return copy;
    }
}
