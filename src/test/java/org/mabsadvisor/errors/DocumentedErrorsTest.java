package org.mabsadvisor.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.facts.Event;

/** How the table of documented errors recognises events and pasted texts, and what it refuses. */
class DocumentedErrorsTest {

    private static DocumentedErrors table(Path dir, String yaml, List<RuleProblem> problems) throws Exception {
        Files.writeString(dir.resolve(DocumentedErrors.FILE), yaml);
        return DocumentedErrors.read(dir, problems);
    }

    private static final String MAIL = """
            - error: mail
              section: mail
              rows: [MAIL-01]
              ids: ["2013"]
              context: [smtp, mail]
              messages:
                - text: "Error ID: 2013"
                  from: [en-2019]
            - error: heading
              section: orp
              heading: true
              rows: [ORP-01, ORP-02]
              messages:
                - text: "Online recovery point creation failed"
                  from: [en-2019]
            - error: snapshot
              section: orp
              rows: [ORP-01]
              messages:
                - text: "The agent was unable to create a snapshot of {name}."
                  from: [product]
                  name: "{name}"
            """;

    private static Event event(String errorId, String operation, String message) {
        return new Event(null, "MABS01", "test", operation, errorId, null, message, null);
    }

    @Test
    void anIdAloneOfAnEventNeedsItsContextWordsButAPastedIdDoesNot(@TempDir Path dir) throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        DocumentedErrors errors = table(dir, MAIL, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(errors.recognise(event("2013", "Backup", "Something else failed")).isEmpty(), "2013 of another source");
        assertEquals("mail", errors.recognise(event("2013", "E-mail notification", "SMTP failed")).get(0).error());
        assertEquals("mail", errors.recognise("2013").get(0).error().error());
        assertEquals("id", errors.recognise("Error ID: 2013").get(0).how().label());
        assertTrue(errors.recognise("Installed in 2013").isEmpty(), "a number in a sentence is not an id");
    }

    @Test
    void aHeadingCountsOnlyWhenNothingMorePreciseMatches(@TempDir Path dir) throws Exception {
        DocumentedErrors errors = table(dir, MAIL, new ArrayList<>());
        assertEquals(List.of("heading"), errors.recognise("Online recovery point creation failed").stream().map(r -> r.error().error()).toList());
        assertEquals(List.of("snapshot"), errors.recognise(
                "Online recovery point creation failed. The agent was unable to create a snapshot of D:\\.").stream().map(r -> r.error().error()).toList());
        List<RecognisedError> fromEvent = errors.recognise(event(null, null, "Online recovery point creation failed"));
        assertEquals(List.of("ORP-01", "ORP-02"), fromEvent.get(0).rows());
        assertEquals(List.of(fromEvent.get(0).event()), fromEvent.get(0).basis());
    }

    @Test
    void theNameTheProductFillsInMayBeAnything(@TempDir Path dir) throws Exception {
        DocumentedErrors errors = table(dir, MAIL, new ArrayList<>());
        assertEquals("snapshot", errors.recognise("THE AGENT WAS UNABLE TO CREATE A SNAPSHOT OF F:\\Data.").get(0).error().error());
        assertTrue(errors.recognise("The agent was unable to create a backup of F:").isEmpty());
    }

    @Test
    void aTableThatDoesNotQuoteItsMessagesIsRefusedWithItsProblems(@TempDir Path dir) throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        DocumentedErrors errors = table(dir, """
                - error: bad
                  section: s
                  rows: [X-01]
                  ids: ["12ab"]
                  messages:
                    - text: "The full message."
                      key: "not in it"
                - error: bad
                  section: s
                  rows: []
                  phrases: [something]
                """, problems);
        String all = problems.toString();
        assertTrue(all.contains("id '12ab' is not a decimal or 0x number"), all);
        assertTrue(all.contains("key 'not in it' is not part of the message"), all);
        assertTrue(all.contains("says no edition"), all);
        assertTrue(all.contains("names no row"), all);
        assertTrue(all.contains("listed twice"), all);
        assertTrue(errors.all().isEmpty());
    }

    @Test
    void aMalformedTableIsLocatedAndRowsWithoutRulesAreNamed(@TempDir Path dir) throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        table(dir, "- error: x\n  rows: [A-01\n", problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).line() > 0, problems.toString());
        DocumentedErrors errors = table(dir, MAIL, new ArrayList<>());
        List<RuleProblem> unknown = errors.unknownRows(List.of("MAIL-01", "ORP-01"), "t.yaml");
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).toString().contains("names row ORP-02, which no rule covers"), unknown.toString());
    }

    private static final String SHARED_ID = """
            - error: restore
              section: restore
              rows: [EXT-01]
              ids: ["100110"]
              messages:
                - text: "The servers must be registered to the same vault"
                  from: [product]
            - error: registration
              section: registration
              rows: [EXT-01.b]
              ids: ["100110"]
              messages:
                - text: "The file is not downloaded from the vault associated with this server. (ID: 100110)"
                  from: [product]
                  key: "The file is not downloaded from the vault associated with this server."
            """;

    @Test
    void anErrorKnownByASharedIdAloneGivesWayToOneWhoseWordsAreThere(@TempDir Path dir) throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        DocumentedErrors errors = table(dir, SHARED_ID, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        String registration = "The file is not downloaded from the vault associated with this server. (ID: 100110)";
        assertEquals(List.of("registration"), errors.recognise(registration).stream().map(r -> r.error().error()).toList());
        assertEquals(List.of("registration"), errors.recognise(event("100110", "Register", registration)).stream().map(RecognisedError::error).toList());
        assertEquals(List.of("restore"), errors.recognise("Restore failed: the servers must be registered to the same vault (ID: 100110)")
                .stream().map(r -> r.error().error()).toList());
        assertEquals(List.of("restore", "registration"), errors.recognise("100110").stream().map(r -> r.error().error()).toList(),
                "the id alone is both");
    }
}
