package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.errors.DocumentedErrors;
import org.mabsadvisor.errors.RecognisedError;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.testing.Project;

/** The events-* specs: Get-WinEvent, with messages in the language of Windows. */
class EventsParserTest {

    @Test
    void frenchMessagesAreKeptAsWritten() throws Exception {
        List<Event> events = Outputs.parse(Outputs.fixture("events-mars", "events-mars-fr.json")).events;
        assertEquals(2, events.size());
        Event first = events.get(0);
        assertEquals(OffsetDateTime.parse("2026-11-20T08:31:09Z").toInstant(), first.time().toInstant());
        assertEquals("CloudBackup", first.source());
        assertEquals("16", first.errorId());
        assertTrue(first.message().startsWith("Informations d’identification du coffre fournies non valides"), first.message());
        assertNull(events.get(1).message(), "an event without message resources has no message");
    }

    @Test
    void powerShell7OutputOfOneEvent() throws Exception {
        Event event = Outputs.parse(Outputs.fixture("events-dpm-alerts", "events-ps7.json")).events.get(0);
        assertEquals(OffsetDateTime.parse("2026-11-21T01:30:22.5Z").toInstant(), event.time().toInstant());
        assertEquals("33621", event.errorId());
    }

    @Test
    void noMatchingEventOrNoSuchLogMeansNoEvent() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.failed("events-application", 1,
                "No events were found that match the specified selection criteria.",
                "NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand")).events);
        assertEquals(List.of(), Outputs.parse(Outputs.failed("events-dpm-alerts", 1,
                "There is not an event log on the localhost computer that matches \"DPM Alerts\".",
                "NoMatchingLogsFound,Microsoft.PowerShell.Commands.GetWinEventCommand")).events);
    }

    @Test
    void otherFailuresAndBrokenOutputsLeaveTheEventsUnknown() {
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("events-defender", 1,
                "Attempted to perform an unauthorized operation.", "System.UnauthorizedAccessException,Microsoft.PowerShell.Commands.GetWinEventCommand")));
        UnusableOutputException noId = assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.fixture("events-application", "events-no-id.json")));
        assertEquals(1, noId.line());
    }

    @Test
    void theEventsOfSeveralLogsAddUp() throws Exception {
        FactsDraft draft = new FactsDraft();
        Parsers.BY_SPEC.get("events-mars").parse(Outputs.fixture("events-mars", "events-mars-fr.json"), draft);
        Parsers.BY_SPEC.get("events-dpm-alerts").parse(Outputs.fixture("events-dpm-alerts", "events-ps7.json"), draft);
        assertEquals(3, draft.events.size());
    }

    @Test
    void theDpmBackupEventsLogOfAFrenchServer() throws Exception {
        Event event = Outputs.parse(Outputs.fixture("events-dpm-backup", "events-dpm-backup-fr.json")).events.get(0);
        assertEquals("100050", event.errorId());
        assertTrue(event.messageMentions("n'a pas pu se connecter au service Sauvegarde Azure"), event.message());
    }

    @Test
    void aProviderThatIsNotInstalledDoesNotHideTheEventsOfTheOthers() throws Exception {
        SpecOutput partial = new SpecOutput(SpecList.builtIn().find("events-system").orElseThrow(),
                new SpecRun("events-system", null, "events-system.json", 1, 10L, "There is not an event provider on the localhost computer that matches \"CBEngine\".",
                        "NoMatchingProvidersFound,Microsoft.PowerShell.Commands.GetWinEventCommand"),
                "events-system.json", Outputs.read("events-ps7.json"));
        assertEquals(1, Outputs.parse(partial).events.size());
        assertEquals(List.of(), Outputs.parse(Outputs.failed("events-application", 1, "There is not an event provider on the localhost computer that matches \"CBEngine\".",
                "NoMatchingProvidersFound,Microsoft.PowerShell.Commands.GetWinEventCommand")).events);
    }

    @Test
    void scheduledJobsThatFailedToStartInEnglishAndFrench() throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        DocumentedErrors table = DocumentedErrors.read(Project.builtInRules(), problems);
        assertEquals(List.of(), problems);
        List<Event> english = Outputs.parse(Outputs.fixture("events-scheduled-jobs", "events-scheduled-jobs.json")).events;
        assertEquals(2, english.size());
        Event agent = english.get(0);
        assertEquals("SQLAgent$MSDPM2012", agent.source());
        assertEquals("208", agent.errorId());
        assertEquals(List.of("SCHED-01"), rowsOf(table, agent));
        Event report = english.get(1);
        assertEquals("Windows Error Reporting", report.source());
        assertEquals(List.of("SCHED-02"), rowsOf(table, report));
        Event french = Outputs.parse(Outputs.fixture("events-scheduled-jobs", "events-scheduled-jobs-fr.json")).events.get(0);
        assertTrue(french.message().contains("Nom d’événement : DPMException"), french.message());
        assertEquals(List.of("SCHED-02"), rowsOf(table, french));
    }

    private static List<String> rowsOf(DocumentedErrors table, Event event) {
        return table.recognise(event).stream().flatMap(r -> r.rows().stream()).toList();
    }
}
