package org.mabsadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alerts and failed jobs of a facts file reach the rules as events, each with its own pointer. */
class AlertsAndFailedJobsAsEventsTest {
    private static final String FACTS = """
            {"schemaVersion": "1", "server": {"name": "MABS01"},
             "alerts": [
               {"time": "2026-11-26T03:05:11Z", "title": "Replica is inconsistent", "detail": "Replica is inconsistent",
                "dataSource": "D:\\\\Shares", "protectedServer": "FS01.contoso.local", "state": "active", "severity": "error"},
               {"time": "2026-11-25T22:00:40Z", "errorId": "100050", "title": "Online recovery point creation failed",
                "detail": "The Azure Backup Agent was unable to connect to the Azure Backup service.",
                "state": "resolved", "severity": "error", "resolvedAt": "2026-11-26T09:40:00Z"}],
             "failedJobs": [
               {"time": "2026-11-26T21:00:05Z", "type": "Online recovery point", "dataSource": "D:\\\\Shares",
                "protectedServer": "FS01.contoso.local", "errorCode": "CBPSourceSnapshotFailedReplicaCloningIssue",
                "detail": "Backup failed as the disk-backup replica could not be cloned."}]}
            """;

    private static FactsDocument load(String json) throws InvalidFactsException {
        return new FactsLoader().parse("facts.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachAlertAndFailedJobIsAnEventWithItsPointer() throws Exception {
        FactsDocument doc = load(FACTS);
        assertEquals(AlertState.RESOLVED, doc.alerts().get(1).state());
        assertEquals(AlertSeverity.ERROR, doc.alerts().get(1).severity());
        FactSet facts = FactSet.of(doc);
        List<FactSet.Entry> events = facts.entries().stream().filter(e -> e.fact() instanceof Event).toList();
        assertEquals(List.of("/alerts/0", "/alerts/1", "/failedJobs/0"), events.stream().map(FactSet.Entry::pointer).toList());
        assertEquals(new Event(OffsetDateTime.parse("2026-11-26T03:05:11Z"), "FS01.contoso.local", "DPM alert", "Replica is inconsistent", null, null,
                "Replica is inconsistent", "D:\\Shares"), events.get(0).fact());
        Event resolved = (Event) events.get(1).fact();
        assertEquals("MABS01", resolved.host(), "without a protected server, the alert is about the MABS server");
        assertEquals("100050", resolved.errorId());
        assertTrue(resolved.messageMentions("unable to connect to the Azure Backup service"));
        Event job = (Event) events.get(2).fact();
        assertEquals(new Event(OffsetDateTime.parse("2026-11-26T21:00:05Z"), "FS01.contoso.local", "DPM job", "Online recovery point", null,
                "CBPSourceSnapshotFailedReplicaCloningIssue", "Backup failed as the disk-backup replica could not be cloned.", "D:\\Shares"), job);
        assertEquals("/failedJobs/0", facts.pointerOf(job));
        assertTrue(facts.isCollected(Event.class));
        assertFalse(facts.entries().stream().anyMatch(e -> e.fact() instanceof DpmAlert || e.fact() instanceof FailedJob),
                "rules see events only");
    }

    @Test
    void eventsCountAsCollectedWhenAnyOfTheThreeSectionsIsThere() throws Exception {
        String bare = "{\"schemaVersion\": \"1\", \"server\": {\"name\": \"MABS01\"}%s}";
        assertFalse(FactSet.of(load(String.format(bare, ""))).isCollected(Event.class));
        assertTrue(FactSet.of(load(String.format(bare, ", \"alerts\": []"))).isCollected(Event.class));
        assertTrue(FactSet.of(load(String.format(bare, ", \"failedJobs\": []"))).isCollected(Event.class));
        assertTrue(FactSet.of(load(String.format(bare, ", \"events\": []"))).isCollected(Event.class));
        assertEquals("events", FactSections.of(Event.class), "the rule listings name the event facts by their first section");
    }

    @Test
    void theSchemaRefusesWhatRulesCouldNotRead() {
        String bare = "{\"schemaVersion\": \"1\", \"server\": {\"name\": \"MABS01\"}, %s}";
        for (String bad : List.of("\"alerts\": [{}]", "\"alerts\": [{\"title\": \"x\", \"state\": \"Active\"}]",
                "\"alerts\": [{\"title\": \"x\", \"severity\": \"critical\"}]", "\"alerts\": [{\"errorId\": \"ID 100050\"}]",
                "\"failedJobs\": [{\"type\": \"Online recovery point\"}]", "\"failedJobs\": [{\"detail\": \"x\", \"colour\": \"red\"}]")) {
            assertThrows(InvalidFactsException.class, () -> load(String.format(bare, bad)), bad);
        }
    }

    @Test
    void anAlertOrJobDatedInTheFutureIsWarnedAbout() throws Exception {
        String future = FACTS.replace("2026-11-26T21:00:05Z", "2999-01-01T00:00:00Z").replace("2026-11-25T22:00:40Z", "2999-01-01T00:00:00Z");
        List<InputProblem> warnings = new FactsLoader().warnings("facts.json", load(future));
        assertEquals(List.of("/alerts/1/time", "/failedJobs/0/time"), warnings.stream().map(InputProblem::pointer).toList());
    }
}
