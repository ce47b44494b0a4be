package org.mabsadvisor.waivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.formats.SchemaValidation;
import org.mabsadvisor.testing.Project;

/**
 * Waivers through the command line: a waived finding leaves the exit code alone but stays visible
 * apart with its waiver; an expired waiver or one whose facts changed stops applying and the report
 * warns; one that matches nothing is stale; a bad file is refused with located errors.
 */
class WaiversTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** MABS02: BK-01, BK-03, BK-05 critical; BK-02, BK-04 high; MARS agent 2.0.9277.0. */
    private static final String BACKUP = Project.samples().resolve("backup-failures.json").toString();
    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();

    @Test
    void waivedFindingsLeaveTheExitCodeAloneAndStayVisible(@TempDir Path dir) throws Exception {
        Path waivers = waivers(dir, waiver("BK-01", "mabs0?", "2099-12-31", ""),
                waiver("BK-02.b", "*", "2099-12-31", ""), waiver("BK-03", "MABS02", "2099-12-31", ""),
                waiver("BK-04", "MABS*", "2099-12-31", ""), waiver("BK-05", "*02", "2099-12-31", ""));
        CliRun run = CliRun.of("analyze", "--format", "json", "--waivers", waivers.toString(), BACKUP);
        assertEquals(0, run.exitCode(), "every high and critical finding is waived: " + run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(List.of(), SchemaValidation.report().problems(report));
        assertEquals(0, report.get("findings").size());
        assertEquals(0, report.get("summary").get("findings").asInt());
        assertEquals(5, report.get("waived").size());
        JsonNode first = report.get("waived").get(0);
        assertEquals("BK-01", first.get("finding").get("ruleId").asText());
        assertEquals("mabs0?", first.get("waiver").get("hosts").asText(), "host globs ignore case");
        assertEquals("Accepted until the hardware refresh", first.get("waiver").get("justification").asText());
        assertEquals("backup-team", first.get("waiver").get("owner").asText());
        assertEquals("2099-12-31", first.get("waiver").get("expires").asText());
        assertEquals(waivers + ":2", first.get("waiver").get("source").asText());

        CliRun text = CliRun.of("analyze", "--lang", "en", "--waivers", waivers.toString(), BACKUP);
        assertTrue(text.out().contains("Waived findings (5)\n  [BK-01] "), text.out());
        assertTrue(text.out().contains("waived until 2099-12-31 (owner: backup-team): Accepted until the hardware refresh"), text.out());
    }

    @Test
    void anExpiredWaiverStopsApplyingAndTheReportWarns(@TempDir Path dir) throws Exception {
        Path waivers = waivers(dir, waiver("BK-01", "*", "2020-01-31", ""));
        CliRun run = CliRun.of("analyze", "--format", "json", "--waivers", waivers.toString(), BACKUP);
        assertEquals(1, run.exitCode());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(List.of(), SchemaValidation.report().problems(report));
        assertEquals("BK-01", report.get("findings").get(0).get("ruleId").asText(), "the finding counts again");
        assertFalse(report.has("waived"));
        JsonNode notice = report.get("waiverNotices").get(0);
        assertEquals("expired", notice.get("kind").asText());
        assertTrue(notice.get("message").asText().contains("expired on 2020-01-31"), notice.toString());
        assertTrue(run.err().contains("warning: waiver of BK-01 on * (" + waivers + ":2) expired on 2020-01-31"), run.err());
        CliRun quiet = CliRun.of("analyze", "--quiet", "--format", "json", "--waivers", waivers.toString(), BACKUP);
        assertEquals("", quiet.err(), "--quiet: nothing but errors on stderr");
    }

    @Test
    void aWaiverLapsesWhenTheFactsItWasGrantedForChange(@TempDir Path dir) throws Exception {
        Path same = waivers(dir, waiver("BK-01", "*", "2099-12-31", "/marsAgent/version: \"2.0.9277.0\""));
        JsonNode kept = JSON.readTree(CliRun.of("analyze", "--format", "json", "--waivers", same.toString(), BACKUP).out());
        assertEquals("BK-01", kept.get("waived").get(0).get("finding").get("ruleId").asText(), "the facts are those it was granted for");
        assertEquals("2.0.9277.0", kept.get("waived").get(0).get("waiver").get("facts").get("/marsAgent/version").asText());

        Path other = waivers(dir, waiver("BK-01", "*", "2099-12-31", "/marsAgent/version: \"2.0.9100.0\""));
        CliRun run = CliRun.of("analyze", "--format", "json", "--waivers", other.toString(), BACKUP);
        JsonNode lapsed = JSON.readTree(run.out());
        assertFalse(lapsed.has("waived"), "the agent changed since: the waiver lapsed");
        JsonNode notice = lapsed.get("waiverNotices").get(0);
        assertEquals("lapsed", notice.get("kind").asText());
        assertTrue(notice.get("message").asText().contains("/marsAgent/version is \"2.0.9277.0\", it was granted for \"2.0.9100.0\""),
                notice.toString());

        Path gone = waivers(dir, waiver("BK-01", "*", "2099-12-31", "/network/proxy/address: \"proxy:8080\""));
        JsonNode missing = JSON.readTree(CliRun.of("analyze", "--format", "json", "--waivers", gone.toString(), BACKUP).out());
        assertTrue(missing.get("waiverNotices").get(0).get("message").asText().contains("/network/proxy/address is not collected"),
                missing.toString());
    }

    @Test
    void aWaiverThatMatchesNothingIsStale(@TempDir Path dir) throws Exception {
        Path waivers = waivers(dir, waiver("BK-01", "PARIS-*", "2099-12-31", ""), waiver("BK-02.b", "*", "2099-12-31", ""));
        CliRun run = CliRun.of("analyze", "--format", "json", "--waivers", waivers.toString(), BACKUP);
        JsonNode report = JSON.readTree(run.out());
        assertEquals(List.of("BK-02.b"), ids(report.get("waived"), "finding"));
        assertEquals(1, report.get("waiverNotices").size());
        assertEquals("stale", report.get("waiverNotices").get(0).get("kind").asText());
        assertTrue(run.err().contains("waiver of BK-01 on PARIS-* (" + waivers + ":2) is stale: it matched no finding"), run.err());
    }

    @Test
    void aFleetCountsWaivedFindingsAndNamesStaleWaiversOnce(@TempDir Path dir) throws Exception {
        Path waivers = waivers(dir, waiver("BK-01", "*", "2099-12-31", ""), waiver("AV-01", "NOWHERE", "2099-12-31", ""),
                waiver("BK-02.b", "*", "2020-01-01", ""));
        CliRun run = CliRun.of("analyze", "--format", "json", "--waivers", waivers.toString(), BACKUP, HEALTHY, BACKUP);
        JsonNode fleet = JSON.readTree(run.out());
        assertEquals(List.of(), SchemaValidation.fleetReport().problems(fleet));
        assertEquals(2, fleet.get("summary").get("waived").asInt());
        List<String> kinds = new ArrayList<>();
        fleet.get("waiverNotices").forEach(n -> kinds.add(n.get("kind").asText() + " " + n.get("waiver").get("rule").asText()));
        assertEquals(List.of("expired BK-02.b", "stale AV-01"), kinds.stream().sorted().toList());
        assertTrue(fleet.get("waiverNotices").toString().contains("2 finding(s) it covered count again"), fleet.toString());
        assertEquals(1, fleet.get("hosts").get(0).get("waiverNotices").size(), "each host names the expired waiver that no longer covers it");
    }

    @Test
    void aBadWaiversFileIsRefusedWithItsPlaceBeforeAnythingIsAnalysed(@TempDir Path dir) throws Exception {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - rule: BK-01\n    hosts: '*'\n    owner: ops\n    expires: someday\n");
        CliRun run = CliRun.of("analyze", "--waivers", waivers.toString(), BACKUP);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("the waivers are not valid:\n  " + waivers + ":2:5: /waivers/0: missing 'justification'"), run.err());
        assertTrue(run.err().contains(waivers + ":5:5: /waivers/0/expires: 'someday' is not a date written YYYY-MM-DD"), run.err());
        assertFalse(run.err().contains("\tat "));
    }

    private static String waiver(String rule, String hosts, String expires, String facts) {
        return "  - rule: " + rule + "\n    hosts: \"" + hosts + "\"\n    justification: Accepted until the hardware refresh\n"
                + "    owner: backup-team\n    expires: " + expires + "\n" + (facts.isEmpty() ? "" : "    facts:\n      " + facts + "\n");
    }

    private static Path waivers(Path dir, String... entries) throws Exception {
        Path file = Files.createTempFile(dir, "waivers", ".yaml");
        Files.writeString(file, "waivers:\n" + String.join("", entries));
        return file;
    }

    private static List<String> ids(JsonNode list, String inner) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get(inner).get("ruleId").asText()));
        return ids;
    }
}
