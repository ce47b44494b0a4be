package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** explain as an administrator uses it: one error or a pasted list, in text, JSON or Markdown. */
class ExplainCommandTest {

    private static CliRun withInput(String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aStateDependentErrorIsAnsweredWithItsActionsAndTheChecksThatConfirmIt() {
        CliRun run = CliRun.of("explain", "--no-color", "--lang", "en",
                "If you are backing up only system state, verify that there is enough free space on the protected computer to store the system state backup.");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Recognised by its message"), run.out());
        assertTrue(run.out().contains("[BK-02]"), run.out());
        assertTrue(run.out().contains("To confirm the cause on the server, check:"), run.out());
        assertTrue(run.out().contains("> Get-WindowsFeature -Name Windows-Server-Backup"), run.out());
        assertFalse(run.out().contains("{$"), "no placeholder left: " + run.out());
    }

    @Test
    void aRowThatDoesNotFireOnTheTextAloneIsWordedWithThePastedErrorNotPlaceholders() {
        // 4024 alone lacks the "install" context an event needs: the row is worded from its texts.
        CliRun run = CliRun.of("explain", "--no-color", "--format", "json", "4024");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"AGENT-03\""), run.out());
        assertFalse(run.out().contains("{$"), run.out());
    }

    @Test
    void aSharedHeadingListsEveryRowItCovers() {
        CliRun run = CliRun.of("explain", "--no-color", "Online recovery point creation failed");
        assertEquals(0, run.exitCode(), run.err());
        for (String row : new String[] {"[ORP-01]", "[ORP-02]", "[ORP-03]"}) {
            assertTrue(run.out().contains(row), run.out());
        }
    }

    @Test
    void severalErrorsAsArgumentsOrLinesOfStandardInputAndOneUnknownMakesExitOne() throws Exception {
        CliRun run = withInput("Error ID: 2013\r\n\r\nThe backup completed successfully.\n4024\n", "explain", "--format", "json", "-");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode errors = new ObjectMapper().readTree(run.out()).get("errors");
        assertEquals(3, errors.size());
        assertEquals("Error ID: 2013", errors.get(0).get("error").asText());
        assertEquals("MAIL-01", errors.get(0).get("matches").get(0).get("rules").get(0).get("id").asText());
        assertEquals("id", errors.get(0).get("matches").get(0).get("recognisedBy").asText());
        assertEquals(0, errors.get(1).get("matches").size());
        assertEquals("AGENT-03", errors.get(2).get("matches").get(0).get("rules").get(0).get("id").asText());

        CliRun both = CliRun.of("explain", "100050", "CBPSourceSnapshotFailedReplicaCloningIssue");
        assertEquals(0, both.exitCode(), both.err());
        assertTrue(both.out().contains("[AGENT-02]") && both.out().contains("[CBP-04]"), both.out());
    }

    @Test
    void markdownAndFrenchSayTheSame() {
        CliRun run = CliRun.of("explain", "--format", "markdown", "--lang", "fr", "Le réplica est incohérent.");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Erreurs expliquées"), run.out());
        assertTrue(run.out().contains("### RI-01"), run.out());
        assertTrue(run.out().contains("À vérifier sur le serveur"), run.out());
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(2, CliRun.of("explain", "--format", "sarif", "4024").exitCode());
        CliRun empty = withInput("\n\n", "explain", "-");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("give the error id, code or message"), empty.err());
        CliRun endless = withInput("x".repeat(ExplainCommand.MAX_LENGTH + 1), "explain", "-");
        assertEquals(2, endless.exitCode());
        assertTrue(endless.err().contains("standard input, line 1: longer than"), endless.err());
    }

    @Test
    void aPastedTextWithControlCharactersCannotDriveTheTerminal() {
        CliRun run = CliRun.of("explain", "--no-color", "Replica is inconsistent\u001b[2J\u202e");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u001b"), run.out());
        assertFalse(run.out().contains("\u202e"), run.out());
        assertTrue(run.out().contains("<U+001B>[2J"), run.out());
    }
}
