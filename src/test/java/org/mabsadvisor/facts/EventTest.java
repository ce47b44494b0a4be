package org.mabsadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.rules.Messages;

/** The normalized texts an event carries for rules: made once, from its own texts only, and never shown. */
class EventTest {
    private static final String FACTS = """
            {"schemaVersion": "1", "server": {"name": "MABS01"},
             "events": [{"errorId": "100050", "operation": "Inscription", "message": "L’agent n’a PAS pu se connecter à Azure."}]}
            """;

    @Test
    void eventsReadFromFactsCarryTheirNormalizedTexts() throws Exception {
        Event event = new FactsLoader().parse("facts.json", FACTS.getBytes(StandardCharsets.UTF_8)).events().get(0);
        assertEquals("l agent n a pas pu se connecter a azure", event.normalizedMessage());
        assertEquals(Messages.normalize(event.message()), event.normalizedMessage());
        assertEquals("inscription", event.normalizedOperation());
        assertTrue(event.messageMentions("n'a pas pu se connecter a Azure"));
        assertTrue(event.messageMentionsAll("agent", "AZURE"));
        assertFalse(event.messageMentions("inscription"), "the operation is not the message");
        assertTrue(event.mentions("inscription"), "mentions looks in both");
    }

    @Test
    void theNormalizedTextsFollowTheTextsWhateverIsPassed() {
        Event event = new Event(null, "MABS01", null, "Backup", null, null, "The Device is NOT ready", null, "forged", "forged");
        assertEquals("backup", event.normalizedOperation());
        assertEquals("the device is not ready", event.normalizedMessage());
        assertEquals(event, new Event(null, "MABS01", null, "Backup", null, null, "The Device is NOT ready", null));
        Event empty = new Event(null, null, null, null, "1", null, null, null);
        assertNull(empty.normalizedMessage());
        assertFalse(empty.messageMentions("x"));
        assertFalse(empty.mentions("x"));
    }

    @Test
    void theNormalizedTextsAreNeitherReadFromFactsNorShown() throws Exception {
        String forged = FACTS.replace("\"operation\"", "\"normalizedMessage\": \"forged\", \"operation\"");
        assertThrows(InvalidFactsException.class, () -> new FactsLoader().parse("facts.json", forged.getBytes(StandardCharsets.UTF_8)));
        Event event = new Event(null, "MABS01", null, "Backup", "1", null, "Failed", null);
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        Map<String, Object> shown = mapper.convertValue(event, new TypeReference<Map<String, Object>>() { });
        assertEquals(java.util.Set.of("time", "host", "source", "operation", "errorId", "errorCode", "message", "dataSource"), shown.keySet());
        assertEquals("Event[time=null, host=MABS01, source=null, operation=Backup, errorId=1, errorCode=null, message=Failed, dataSource=null]",
                event.toString());
    }
}
