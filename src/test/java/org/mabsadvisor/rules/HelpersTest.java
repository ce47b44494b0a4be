package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.MabsServer;

/** The helper functions rule authors call from DRL. */
class HelpersTest {

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertTrue(Versions.isOlder("2.0.905.0", "2.0.9052.0"));
        assertFalse(Versions.isOlder("2.0.9052.0", "2.0.905.0"));
        assertFalse(Versions.isOlder("2.0.9052", "2.0.9052.0"), "missing parts count as zero");
        assertEquals(0, Versions.compare("2.0.9052", "2.0.9052.0"));
        assertTrue(Versions.isOlder("2.0.9249.9", "2.0.9250"));
        assertFalse(Versions.isOlder(null, "2.0"), "unknown is never older");
        assertFalse(Versions.isOlder("2.0.x", "2.0"), "unreadable is never older");
        assertNull(Versions.compare("", "1"));
    }

    @Test
    void messagesMatchWhateverTheCaseAccentsAndPunctuation() {
        assertTrue(Messages.mentions("L’agent n’a PAS pu se connecter à Azure.", "n'a pas pu se connecter a azure"));
        assertTrue(Messages.mentions("Setup could not update... ReFS-Trimming!", "refs trimming"));
        assertFalse(Messages.mentions("connected to Azure", "unable to connect"));
        assertFalse(Messages.mentions(null, "x"));
        assertTrue(Messages.mentionsAll("Device is not ready; job failed", "not ready", "job failed"));
        assertFalse(Messages.mentionsAll("Device is not ready", "not ready", "job failed"));
    }

    /** Character by character with looked-up decompositions, the same text as decomposing the whole text first. */
    @Test
    void normalizingGivesWhatDecomposingTheWholeTextGave() {
        java.util.Random random = new java.util.Random(11);
        int[] samples = {'a', 'Z', '7', ' ', '\'', '-', 'é', 'È', 'ç', 'Œ', 'ß', 'ø', 'Ǆ', 'ǅ', 0x2019, 0x2013, 0x2026, 0x00A0, 0x0301, 0x0308,
            0x0345, 0x212B, 0x2126, 0x1E9E, 0x0390, 0x03A9, 0xAC00, 0x4E2D, 0xFB01, 0x1D15E, 0x1F600, 0x1D400, 0xD800, 0xDC00, 0x0F73, 0x20DD};
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : samples[random.nextInt(samples.length)]);
            }
            String t = text.toString();
            assertEquals(normalizedAsBefore(t), Messages.normalize(t), t.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    /** The former implementation, as the reference: the whole text decomposed, then read a character at a time. */
    private static String normalizedAsBefore(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                int type = Character.getType(c);
                if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                    gap = true;
                }
            }
        }
        return out.toString();
    }

    /** A phrase already in normalized form is used as it is: the same answers as normalizing it. */
    @Test
    void aTextIsNormalizedExactlyWhenNormalizingGivesItBack() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "ab Z9 -’é'\t.";
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(Messages.normalize(t).equals(t), Messages.isNormalized(t), "'" + t + "'");
        }
        String[] words = {"device", "not", "ready", "n'a", "pas", "PU", "é", "Écran", "x", "ID:", "0x29834", "", " ", "-", "a", "b1"};
        for (int n = 0; n < 20000; n++) {
            String text = Messages.normalize(phrase(random, words, 6));
            String[] phrases = {phrase(random, words, 3), phrase(random, words, 3)};
            boolean any = false;
            boolean all = true;
            for (String p : phrases) {
                String needle = Messages.normalize(p);
                any |= !needle.isEmpty() && text.contains(needle);
                all &= text.contains(needle);
            }
            assertEquals(any, Messages.mentionsNormalized(text, phrases), text + " / " + String.join(" | ", phrases));
            assertEquals(all, Messages.mentionsAllNormalized(text, phrases), text + " / " + String.join(" | ", phrases));
        }
        assertTrue(Messages.mentionsNormalized("l agent n a pas pu se connecter a azure", "N'a PAS pu", "x"));
        assertTrue(Messages.mentionsAllNormalized("device is not ready job failed", "not ready", "Job-Failed"));
        assertFalse(Messages.mentionsNormalized(null, "x"));
    }

    private static String phrase(java.util.Random random, String[] words, int most) {
        StringBuilder p = new StringBuilder();
        for (int k = random.nextInt(most + 1); k > 0; k--) {
            p.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        return p.toString();
    }

    @Test
    void errorIdsCompareAcrossSpellings() {
        assertTrue(ErrorIds.same("0x29834", "170036"));
        assertTrue(ErrorIds.same("0X00029834", "0x29834"));
        assertTrue(ErrorIds.same(" 100050 ", "100050"));
        assertFalse(ErrorIds.same("100051", "100050"));
        assertFalse(ErrorIds.same(null, "100050"));
        assertFalse(ErrorIds.same("0x", "0"));
        assertTrue(ErrorIds.same("999999999999999999", "999999999999999999"), "eighteen digits");
        assertFalse(ErrorIds.same("1000000000000000000", "1000000000000000000"), "nineteen digits are not an id");
        assertFalse(ErrorIds.same("\u0661\u0662", "12"), "only ASCII digits");
        assertFalse(ErrorIds.same("", ""));
    }

    @Test
    void freeSpaceIsAPercentOfKnownFiguresOnly() {
        assertEquals(25.0, FreeSpace.percent(25L, 100L));
        assertEquals(-1.0, FreeSpace.percent(null, 100L), "unknown free space");
        assertEquals(-1.0, FreeSpace.percent(10L, 0L), "no size");
        assertTrue(FreeSpace.isBelow(9L, 100L, 10));
        assertFalse(FreeSpace.isBelow(10L, 100L, 10), "exactly the threshold is not below it");
        assertFalse(FreeSpace.isBelow(null, 100L, 10), "unknown is never below");
    }

    @Test
    void hostsCompareShortAndQualifiedNames() {
        assertTrue(Hosts.same("SQL01", "sql01.contoso.local"));
        assertTrue(Hosts.same("MABS01", "mabs01"));
        assertFalse(Hosts.same("sql01.contoso.local", "sql01.fabrikam.local"));
        assertFalse(Hosts.same("SQL01", "SQL02"));
        assertFalse(Hosts.same(null, "SQL01"));
    }

    @Test
    void onlyAMabsV1BeforeItsUpdateLacksSecurityFeatures() {
        assertTrue(SecurityFeatures.mabsTooOld(server("10.0.8002.0", 0), 1, "12.0"));
        assertFalse(SecurityFeatures.mabsTooOld(server("10.0.8002.0", 1), 1, "12.0"), "Update 1 is enough");
        assertFalse(SecurityFeatures.mabsTooOld(server("14.0.30.0", 0), 1, "12.0"), "V2 and later have them");
        assertFalse(SecurityFeatures.mabsTooOld(server("10.0.8002.0", null), 1, "12.0"), "unknown rollup");
        assertFalse(SecurityFeatures.mabsTooOld(server(null, 0), 1, "12.0"), "unknown version");
    }

    private static MabsServer server(String version, Integer rollup) {
        return new MabsServer("MABS01", "contoso.local", null, version, rollup, MabsServer.DEFAULT_INSTALL_FOLDER);
    }

    @Test
    void versionsAreReadAsTheRegularExpressionTheyReplaceReadThem() {
        // Versions.parse once matched \d{1,9}(\.\d{1,9}){0,5}; compared on random texts of digits and dots.
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789.. x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder v = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                v.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = v.toString();
            boolean readable = text.trim().matches("\\d{1,9}(\\.\\d{1,9}){0,5}");
            assertEquals(readable, Versions.compare(text, "1") != null, text);
        }
    }
}
