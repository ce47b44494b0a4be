package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Event;

/** Error ids inside messages, bare-metal recovery failures and data source names. */
class EventTextsTest {

    @Test
    void anErrorIdIsFoundInAMessageOnlyAsANumberOfItsOwn() {
        assertTrue(EventTexts.mentionsErrorId("internal service error [0x29834]. Please retry", "0x29834"));
        assertTrue(EventTexts.mentionsErrorId("erreur de service interne [0X00029834]", "0x29834"));
        assertTrue(EventTexts.mentionsErrorId("ID: 170036", "0x29834"));
        assertTrue(EventTexts.mentionsErrorId("0x29834", "0x29834"));
        assertFalse(EventTexts.mentionsErrorId("error [0x298340]", "0x29834"));
        assertFalse(EventTexts.mentionsErrorId("error 0x29835", "0x29834"));
        assertFalse(EventTexts.mentionsErrorId("code A0x29834", "0x29834"));
        assertFalse(EventTexts.mentionsErrorId(null, "0x29834"));
    }

    @Test
    void aBareMetalFailureNeedsBothTheSubjectAndTheFailure() {
        assertTrue(EventTexts.reportsBareMetalFailure(event("Backup", "Backup failure for BMR", null)));
        assertTrue(EventTexts.reportsBareMetalFailure(event("Sauvegarde", "Échec de la sauvegarde à des fins de récupération complète", null)));
        assertTrue(EventTexts.reportsBareMetalFailure(event("Backup", "The job failed.", "Bare Metal Recovery")));
        assertFalse(EventTexts.reportsBareMetalFailure(event("Backup", "The Bare Metal Recovery backup completed.", null)));
        assertFalse(EventTexts.reportsBareMetalFailure(event("Backup", "Backup failed for D:\\Shares", "D:\\Shares")));
        assertFalse(EventTexts.reportsBareMetalFailure(event("Backup", "SUBMRT job failed", null)), "bmr only as a word");
        assertFalse(EventTexts.reportsBareMetalFailure(null));
    }

    @Test
    void dataSourceNamesCompareWithoutCase() {
        assertTrue(EventTexts.sameName("D:\\Shares", "d:\\shares "));
        assertFalse(EventTexts.sameName("D:\\Shares", "E:\\Shares"));
        assertFalse(EventTexts.sameName(null, null));
    }

    private static Event event(String operation, String message, String dataSource) {
        return new Event(null, "FS01", null, operation, null, null, message, dataSource);
    }
}
