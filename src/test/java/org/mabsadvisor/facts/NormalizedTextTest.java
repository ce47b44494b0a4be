package org.mabsadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Phrases match the same on any thread, normalized or not: no memo, no thread of a kind. */
class NormalizedTextTest {

    @Test
    void phrasesMatchAsTheirNormalizedForms() {
        Random random = new Random(5);
        String[] words = {"Device", "not", "ready", "n'a", "pas", "PU", "é", "Écran", "ID:", "0x29834", "", " ", "-", "a", "b1", "’"};
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < 20000; n++) {
            String text = NormalizedText.normalize(phrase(random, words, 6));
            String[] phrases = {new String(phrase(random, words, 3)), phrase(random, words, 3)};
            boolean any = false;
            boolean all = true;
            for (String p : phrases) {
                String needle = NormalizedText.normalize(p);
                any |= !needle.isEmpty() && text.contains(needle);
                all &= text.contains(needle);
            }
            if (any != NormalizedText.containsAny(text, phrases) || all != NormalizedText.containsAll(text, phrases)) {
                failures.add(text + " / " + String.join(" | ", phrases));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aPhraseInNormalizedFormIsTakenAsItIs() {
        assertEquals("le peripherique n est pas pret", NormalizedText.phrase("Le périphérique n’est PAS prêt"));
        String plain = "already normalized";
        assertSame(plain, NormalizedText.phrase(plain));
    }

    private static String phrase(Random random, String[] words, int most) {
        StringBuilder p = new StringBuilder();
        for (int k = random.nextInt(most + 1); k > 0; k--) {
            p.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        return p.toString();
    }
}
