package org.mabsadvisor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTablesTest {

    /** Two words, as the tool's word records hold tens of them. */
    record Words(String greeting, String farewell) {
    }

    @Test
    void wordsAreBoundByNameInEachLanguage() {
        Map<String, Words> table = WordTables.read(Words.class, "words-complete.json");
        assertEquals(new Words("Bonjour", "Au revoir"), table.get("fr"));
        assertEquals("Goodbye", table.get("en").farewell());
    }

    @Test
    void aWordMissingFromOneLanguageFailsWithItsName() {
        Exception e = assertThrows(RuntimeException.class, () -> WordTables.read(Words.class, "words-missing.json"));
        assertTrue(String.valueOf(e.getMessage()).contains("farewell"), e.getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        Exception e = assertThrows(IllegalStateException.class, () -> WordTables.read(Words.class, "no-such-words.json"));
        assertTrue(e.getMessage().contains("no-such-words.json"), e.getMessage());
    }
}
