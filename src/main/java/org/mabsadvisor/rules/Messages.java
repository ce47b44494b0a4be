package org.mabsadvisor.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matching of recorded error messages in English or French, for rules: case, accents, apostrophes
 * and punctuation do not matter, so "n’a pas pu se connecter" matches "N'A PAS PU SE CONNECTER".
 *
 * <pre>{@code Certificate( Messages.mentions(subject, "Windows Azure Tools", "Outils Windows Azure") )}</pre>
 *
 * An event's message is better matched with {@code Event( messageMentions(...) )}, which uses the
 * message normalized once when the facts were read.
 */
public final class Messages {
    private Messages() {
    }

    /** True when the text contains any of the phrases, compared in normalized form. */
    public static boolean mentions(String text, String... phrases) {
        return text != null && mentionsNormalized(normalize(text), phrases);
    }

    /** True when the text contains every one of the phrases, compared in normalized form. */
    public static boolean mentionsAll(String text, String... phrases) {
        return text != null && mentionsAllNormalized(normalize(text), phrases);
    }

    /**
     * {@link #mentions} for a text already in the form {@link #normalize} gives, such as the
     * message of an {@code Event} ({@code messageMentions}): only the phrases are normalized.
     */
    public static boolean mentionsNormalized(String normalizedText, String... phrases) {
        if (normalizedText == null) {
            return false;
        }
        for (String phrase : phrases) {
            String needle = needle(phrase);
            if (!needle.isEmpty() && normalizedText.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mentionsAll} for a text already in normalized form. */
    public static boolean mentionsAllNormalized(String normalizedText, String... phrases) {
        if (normalizedText == null) {
            return false;
        }
        for (String phrase : phrases) {
            if (!normalizedText.contains(needle(phrase))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase normalized, from the memo of the thread when it is one that runs rules. */
    private static String needle(String phrase) {
        if (Thread.currentThread() instanceof PhraseMemo.Keeper keeper) {
            return keeper.phraseMemo().normalized(phrase);
        }
        return normalizedPhrase(phrase);
    }

    /** The phrase normalized; phrases already in that form are taken as they are rather than copied. */
    static String normalizedPhrase(String phrase) {
        return isNormalized(phrase) ? phrase : normalize(phrase);
    }

    /** True when {@link #normalize} would give the text back unchanged. */
    static boolean isNormalized(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!word && (c != ' ' || i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case, no accents, every run of characters other than ASCII letters and digits as one
     * space, trimmed. One pass over the text, a character at a time: the canonical decomposition
     * (NFD) of a string is that of each of its characters, reordering only combining marks, which
     * are dropped; the decompositions of the accented letters and punctuation of European texts
     * are looked up rather than computed.
     */
    public static String normalize(String text) {
        // ASCII text never grows: a space stands for at least one character, a letter for one.
        char[] out = new char[text.length()];
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (gap && n > 0) {
                        out[n++] = ' ';
                    }
                    out[n++] = c;
                    gap = false;
                } else {
                    gap = true;
                }
                continue;
            }
            String decomposed;
            if (c < LATIN_END) {
                decomposed = LATIN.get(c - 0x80);
            } else if (c >= PUNCTUATION_START && c < PUNCTUATION_END) {
                decomposed = PUNCTUATION.get(c - PUNCTUATION_START);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                decomposed = Normalizer.normalize(text.substring(i, i + 2), Normalizer.Form.NFD);
                i++;
            } else {
                decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            }
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                if (d >= 'A' && d <= 'Z') {
                    d = (char) (d + ('a' - 'A'));
                }
                if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2 + 2);
                    }
                    if (gap && n > 0) {
                        out[n++] = ' ';
                    }
                    out[n++] = d;
                    gap = false;
                } else if (!isMark(d)) {
                    gap = true;
                }
            }
        }
        return new String(out, 0, n);
    }

    private static final char LATIN_END = 0x250;
    private static final char PUNCTUATION_START = 0x2000;
    private static final char PUNCTUATION_END = 0x2070;
    /** The NFD of U+0080 to U+024F: Latin-1 and the Latin Extended letters. */
    private static final List<String> LATIN = decompositions(0x80, LATIN_END);
    /** The NFD of General Punctuation (’, –, …), which French messages are full of. */
    private static final List<String> PUNCTUATION = decompositions(PUNCTUATION_START, PUNCTUATION_END);

    private static List<String> decompositions(int from, int to) {
        List<String> all = new ArrayList<>(to - from);
        for (int c = from; c < to; c++) {
            all.add(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD));
        }
        return List.copyOf(all);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
