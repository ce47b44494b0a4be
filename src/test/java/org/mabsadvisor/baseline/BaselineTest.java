package org.mabsadvisor.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.formats.SchemaValidation;
import org.mabsadvisor.testing.Project;

/**
 * --baseline marks each finding new or unchanged against an earlier JSON report (of one host or a
 * fleet) and lists the resolved ones; --fail-on-new fails only on new findings.
 */
class BaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BACKUP = Project.samples().resolve("backup-failures.json");
    private static final Path HEALTHY = Project.samples().resolve("healthy.json");

    @Test
    void findingsAreNewOrUnchangedAndTheGoneOnesResolved(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("last-week.json");
        assertEquals(1, CliRun.of("analyze", "--format", "json", "--output", baseline.toString(), BACKUP.toString()).exitCode());
        Path today = laterFacts(dir);

        CliRun run = CliRun.of("analyze", "--format", "json", "--baseline", baseline.toString(), today.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(List.of(), SchemaValidation.report().problems(report));
        Map<String, String> states = new LinkedHashMap<>();
        report.get("findings").forEach(f -> states.put(f.get("ruleId").asText(), f.get("baseline").asText()));
        assertEquals(Map.of("BK-01", "unchanged", "BK-02.b", "unchanged", "BK-03", "unchanged", "BK-04", "unchanged", "BASIC-03", "new"), states);
        assertEquals(1, report.get("resolved").size());
        assertEquals("BK-05", report.get("resolved").get(0).get("ruleId").asText());
        assertEquals("critical", report.get("resolved").get(0).get("severity").asText());

        CliRun text = CliRun.of("analyze", "--lang", "en", "--baseline", baseline.toString(), today.toString());
        assertTrue(text.out().contains("] The Microsoft Azure Recovery Services service (OBEngine) is not running  (new)"), text.out());
        assertTrue(text.out().contains("Resolved since the baseline (1)\n  [BK-05] "), text.out());
        JsonNode sarif = JSON.readTree(CliRun.of("analyze", "--format", "sarif", "--baseline", baseline.toString(), today.toString()).out());
        assertEquals(List.of(), SchemaValidation.sarif().problems(sarif));
        assertEquals("unchanged", sarif.get("runs").get(0).get("results").get(0).get("baselineState").asText());
    }

    @Test
    void failOnNewFailsOnlyOnNewFindingsAtTheLevel(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("last-week.json");
        CliRun.of("analyze", "--format", "json", "--output", baseline.toString(), BACKUP.toString());
        Path today = laterFacts(dir);
        assertEquals(1, CliRun.of("analyze", "--baseline", baseline.toString(), "--fail-on-new", today.toString()).exitCode(),
                "BASIC-03 is new and high");
        assertEquals(0, CliRun.of("analyze", "--baseline", baseline.toString(), "--fail-on-new", "--fail-on", "critical",
                today.toString()).exitCode(), "the critical findings are all old ones");
        assertEquals(0, CliRun.of("analyze", "--baseline", baseline.toString(), "--fail-on-new", BACKUP.toString()).exitCode(),
                "nothing new at all");
        CliRun alone = CliRun.of("analyze", "--fail-on-new", BACKUP.toString());
        assertEquals(2, alone.exitCode());
        assertTrue(alone.err().contains("--fail-on-new needs --baseline"), alone.err());
    }

    @Test
    void aFleetReportIsABaselineForTheNextFleetRun(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("fleet.json");
        CliRun first = CliRun.of("analyze", "--format", "json", "--output", baseline.toString(), BACKUP.toString(), HEALTHY.toString());
        assertEquals(1, first.exitCode(), first.err());
        CliRun again = CliRun.of("analyze", "--format", "json", "--baseline", baseline.toString(), "--fail-on-new",
                BACKUP.toString(), HEALTHY.toString(), laterFacts(dir, "MABS03").toString());
        assertEquals(1, again.exitCode(), "the third host is not in the baseline: its findings are new");
        JsonNode fleet = JSON.readTree(again.out());
        assertEquals(List.of(), SchemaValidation.fleetReport().problems(fleet));
        fleet.get("hosts").get(0).get("findings").forEach(f -> assertEquals("unchanged", f.get("baseline").asText()));
        assertEquals(5, fleet.get("summary").get("newFindings").asInt(), "MABS03: 4 findings like MABS02's, and BASIC-03");
        assertEquals(0, fleet.get("summary").get("resolved").asInt());
    }

    @Test
    void aBaselineThatIsNoReportIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"host\": \"MABS02\",\n  \"findings\": [ oops ]\n}\n");
        CliRun run = CliRun.of("analyze", "--baseline", broken.toString(), BACKUP.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the baseline cannot be used:\n  " + broken + ":3:22: malformed JSON: Unrecognized token 'oops'"),
                run.err());
        Path facts = BACKUP;
        CliRun notReport = CliRun.of("analyze", "--baseline", facts.toString(), BACKUP.toString());
        assertEquals(2, notReport.exitCode());
        assertTrue(notReport.err().contains(facts + ": is not a JSON report of mabs-advisor"), notReport.err());
        assertFalse(notReport.err().contains("\tat "));
    }

    /** backup-failures.json (MABS02) a week later: the share error is gone and OBEngine stopped. */
    private static Path laterFacts(Path dir) throws Exception {
        return laterFacts(dir, "MABS02");
    }

    private static Path laterFacts(Path dir, String host) throws Exception {
        ObjectNode facts = (ObjectNode) JSON.readTree(BACKUP.toFile());
        ((ObjectNode) facts.get("server")).put("name", host);
        // The MABS database is on the server itself, whatever its name.
        ((ObjectNode) facts.get("platform").get("sqlServer")).put("machineName", host);
        // Another server of the fleet, registered to the vault under its own name.
        ((ObjectNode) facts.get("azure").get("registeredServer")).put("name", host);
        ((ArrayNode) facts.get("events")).remove(2);
        ((ObjectNode) facts.get("services").get(0)).put("state", "Stopped");
        Path file = dir.resolve(host + "-later.json");
        JSON.writeValue(file.toFile(), facts);
        return file;
    }
}
