package org.mabsadvisor.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Texts compared without regard to case, accents, apostrophes and punctuation, so that
 * "n’a pas pu se connecter" matches "N'A PAS PU SE CONNECTER". On the facts side, beneath the
 * rules: an {@link Event} keeps its texts in this form, made once when the facts are read, and the
 * rules' helpers ({@code rules.Messages}) match phrases against it. Stateless: a phrase written in
 * a rule is put in this form when the rule is compiled, so that at run time it is only checked.
 */
public final class NormalizedText {
    private NormalizedText() {
    }

    /** True when the text, put in normalized form, contains any of the phrases: for a text read once, such as a parsed output's field. */
    public static boolean mentions(String text, String... phrases) {
        return text != null && containsAny(normalize(text), phrases);
    }

    /** True when the normalized text contains any of the phrases, each compared in normalized form; an empty phrase matches nothing. */
    public static boolean containsAny(String normalizedText, String... phrases) {
        if (normalizedText == null) {
            return false;
        }
        for (String phrase : phrases) {
            String needle = phrase(phrase);
            if (!needle.isEmpty() && normalizedText.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** True when the normalized text contains every one of the phrases, each compared in normalized form. */
    public static boolean containsAll(String normalizedText, String... phrases) {
        if (normalizedText == null) {
            return false;
        }
        for (String phrase : phrases) {
            if (!normalizedText.contains(phrase(phrase))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase normalized; phrases already in that form are taken as they are rather than copied. */
    public static String phrase(String phrase) {
        return isNormalized(phrase) ? phrase : normalize(phrase);
    }

    /** True when {@link #normalize} would give the text back unchanged. */
    public static boolean isNormalized(String text) {
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
