package org.mabsadvisor.rules;

import java.text.Normalizer;

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

    /**
     * Lower case, no accents, every run of characters other than ASCII letters and digits as one
     * space, trimmed. One pass over the text: rules call it for every recorded event.
     */
    public static String normalize(String text) {
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
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
            } else if (!isMark(c)) {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
