package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** What the rule read with a regular expression before, and reads the same without it. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])(0[xX][0-9A-Fa-f]{1,16}|[0-9]{1,18})(?![0-9A-Za-z])");

    @Test
    void anErrorIdIsFoundExactlyWhereANumberStandingAloneSaysIt() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"0", "0x", "0X", "29834", "170036", "00029834", "1", "9", "a", "F", "g", "Z", " ", "[", "]", "é", "_", "-",
            ".", ":", "x", "12345678901234567", "0x1234567890abcdef", "0"};
        String[] ids = {"0x29834", "170036", "0", "0x0", "1", "0xa", "15", "0xf", "12345678901234567", "0x1234567890abcdef"};
        for (int n = 0; n < 50000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String id = ids[random.nextInt(ids.length)];
            boolean expected = false;
            java.util.regex.Matcher m = NUMBER.matcher(text);
            while (!expected && m.find()) {
                expected = ErrorIds.same(m.group(1), id);
            }
            assertEquals(expected, EventTexts.mentionsErrorId(text.toString(), id), "'" + text + "' / " + id);
        }
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
