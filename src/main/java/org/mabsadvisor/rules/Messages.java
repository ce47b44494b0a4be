package org.mabsadvisor.rules;

import org.mabsadvisor.facts.NormalizedText;

/**
 * Matching of recorded error messages in English or French, for rules: case, accents, apostrophes
 * and punctuation do not matter, so "n’a pas pu se connecter" matches "N'A PAS PU SE CONNECTER".
 *
 * <pre>{@code Certificate( Messages.mentions(subject, "Windows Azure Tools", "Outils Windows Azure") )}</pre>
 *
 * An event's message is better matched with {@code Event( messageMentions(...) )}, which uses the
 * message normalized once when the facts were read. The work is {@link NormalizedText}'s, on the
 * facts side; this is the face the rules see. The phrases a rule writes are normalized when it is
 * compiled, so at run time each is only checked to be in that form.
 */
public final class Messages {
    private Messages() {
    }

    /** True when the text contains any of the phrases, compared in normalized form. */
    public static boolean mentions(String text, String... phrases) {
        return NormalizedText.mentions(text, phrases);
    }

    /** True when the text contains every one of the phrases, compared in normalized form. */
    public static boolean mentionsAll(String text, String... phrases) {
        return text != null && NormalizedText.containsAll(NormalizedText.normalize(text), phrases);
    }

    /**
     * {@link #mentions} for a text already in the form {@link #normalize} gives, such as the
     * message of an {@code Event} ({@code messageMentions}): only the phrases are normalized.
     */
    public static boolean mentionsNormalized(String normalizedText, String... phrases) {
        return NormalizedText.containsAny(normalizedText, phrases);
    }

    /** {@link #mentionsAll} for a text already in normalized form. */
    public static boolean mentionsAllNormalized(String normalizedText, String... phrases) {
        return NormalizedText.containsAll(normalizedText, phrases);
    }

    /** The phrase normalized; phrases already in that form are taken as they are rather than copied. */
    static String normalizedPhrase(String phrase) {
        return NormalizedText.phrase(phrase);
    }

    /** True when {@link #normalize} would give the text back unchanged. */
    static boolean isNormalized(String text) {
        return NormalizedText.isNormalized(text);
    }

    /** Lower case, no accents, every run of characters other than ASCII letters and digits as one space, trimmed. */
    public static String normalize(String text) {
        return NormalizedText.normalize(text);
    }
}
