package org.mabsadvisor.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matching of recorded error messages in English or French, for rules: case, accents, apostrophes
 * and punctuation do not matter, so "n’a pas pu se connecter" matches "N'A PAS PU SE CONNECTER".
 *
 * <pre>{@code Event( Messages.mentions(message, "unable to connect to", "n'a pas pu se connecter") )}</pre>
 */
public final class Messages {
    private Messages() {
    }

    /** True when the text contains any of the phrases, compared in normalized form. */
    public static boolean mentions(String text, String... phrases) {
        if (text == null) {
            return false;
        }
        String haystack = normalize(text);
        for (String phrase : phrases) {
            String needle = normalize(phrase);
            if (!needle.isEmpty() && haystack.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text contains every one of the phrases, compared in normalized form. */
    public static boolean mentionsAll(String text, String... phrases) {
        if (text == null) {
            return false;
        }
        String haystack = normalize(text);
        for (String phrase : phrases) {
            if (!haystack.contains(normalize(phrase))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no accents, every run of non-alphanumerics as one space. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").trim();
    }
}
