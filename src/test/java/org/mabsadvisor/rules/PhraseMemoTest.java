package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** On a thread that runs rules, phrases are normalized once and remembered: the same answers, in bounded memory. */
class PhraseMemoTest {

    /** A thread with a memo, as the rule runner's workers are. */
    private static final class Keeper extends Thread implements PhraseMemo.Keeper {
        private final PhraseMemo memo = new PhraseMemo();
        private final List<String> failures = new ArrayList<>();
        private final Random random = new Random(5);

        @Override
        public PhraseMemo phraseMemo() {
            return memo;
        }

        @Override
        public void run() {
            String[] words = {"Device", "not", "ready", "n'a", "pas", "PU", "é", "Écran", "ID:", "0x29834", "", " ", "-", "a", "b1", "’"};
            for (int n = 0; n < 20000; n++) {
                String text = Messages.normalize(phrase(words, 6));
                // New String objects, as phrases built from facts are: the memo compares them by content.
                String[] phrases = {new String(phrase(words, 3)), phrase(words, 3)};
                boolean any = false;
                boolean all = true;
                for (String p : phrases) {
                    String needle = Messages.normalize(p);
                    any |= !needle.isEmpty() && text.contains(needle);
                    all &= text.contains(needle);
                }
                if (any != Messages.mentionsNormalized(text, phrases) || all != Messages.mentionsAllNormalized(text, phrases)) {
                    failures.add(text + " / " + String.join(" | ", phrases));
                }
            }
        }

        private String phrase(String[] words, int most) {
            StringBuilder p = new StringBuilder();
            for (int k = random.nextInt(most + 1); k > 0; k--) {
                p.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            return p.toString();
        }
    }

    @Test
    void onAThreadThatKeepsAMemoPhrasesMatchAsElsewhere() throws InterruptedException {
        Keeper keeper = new Keeper();
        keeper.start();
        keeper.join();
        assertEquals(List.of(), keeper.failures);
        assertTrue(keeper.memo.size() > 0, "the phrases went through the memo");
        assertTrue(keeper.memo.size() <= PhraseMemo.MOST);
    }

    @Test
    void theMemoGivesTheNormalizedFormAndStaysBounded() {
        PhraseMemo memo = new PhraseMemo();
        String phrase = "Le périphérique n’est PAS prêt";
        assertEquals("le peripherique n est pas pret", memo.normalized(phrase));
        assertSame(memo.normalized(phrase), memo.normalized(new String(phrase)), "remembered, not normalized again");
        String plain = "already normalized";
        assertSame(plain, memo.normalized(plain), "a phrase already in normalized form is taken as it is");
        for (int i = 0; i < 10 * PhraseMemo.MOST; i++) {
            assertEquals("server " + i, memo.normalized("SERVER-" + i));
            assertTrue(memo.size() <= PhraseMemo.MOST, "at most " + PhraseMemo.MOST + " phrases");
        }
    }
}
