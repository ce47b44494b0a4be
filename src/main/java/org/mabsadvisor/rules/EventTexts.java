package org.mabsadvisor.rules;

import org.mabsadvisor.facts.Event;

/**
 * Finer readings of recorded events than a phrase match: an error id quoted inside a message, a
 * failed bare-metal recovery backup, and data source names as DPM writes them.
 *
 * <pre>{@code Event( EventTexts.mentionsErrorId(message, "0x29834") )}</pre>
 */
public final class EventTexts {
    private static final String[] BARE_METAL = {"bare metal recovery", "baremetal recovery", "bare metal", "recuperation complete"};
    private static final String[] FAILURE = {"fail", "echec", "echoue", "n a pas pu"};
    private static final String[] ANTIVIRUS_SOURCE = phrases("Defender", "antivirus", "antimalware", "Endpoint Protection");
    private static final String[] ANTIVIRUS_MESSAGE = phrases("antivirus", "malware", "logiciel malveillant", "Defender");
    /** What an antivirus says when it acted on a file (Defender's event 1117, or its words in English and French). */
    private static final String[] ANTIVIRUS_ACTION = phrases("taken action to protect", "took action to protect",
            "a pris des mesures pour protéger", "quarantined", "mis en quarantaine", "deleted", "supprimé", "removed", "cleaned", "nettoyé");

    private EventTexts() {
    }

    /** True when the text holds, as a number of its own, the error id {@code id} in any spelling (0x29834, 170036). */
    public static boolean mentionsErrorId(String text, String id) {
        if (text == null) {
            return false;
        }
        // A number of its own is a whole run of ASCII letters and digits; a rule reads every
        // event's message this way, and a regular expression with look-arounds cost more than the
        // rest of the rule.
        int i = 0;
        while (i < text.length()) {
            if (!isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (isNumber(text, start, i) && ErrorIds.same(text.substring(start, i), id)) {
                return true;
            }
        }
        return false;
    }

    /** 0x and one to sixteen hexadecimal digits, or one to eighteen decimal digits, from {@code start} to {@code end}. */
    private static boolean isNumber(String text, int start, int end) {
        boolean hex = end - start > 2 && text.charAt(start) == '0' && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X');
        int digits = hex ? end - start - 2 : end - start;
        if (digits > (hex ? 16 : 18)) {
            return false;
        }
        for (int k = hex ? start + 2 : start; k < end; k++) {
            char c = text.charAt(k);
            boolean digit = (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!digit) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** True when the event is about a bare-metal recovery (BMR) backup and says it failed, in English or French. */
    public static boolean reportsBareMetalFailure(Event event) {
        if (event == null) {
            return false;
        }
        boolean bareMetal = aboutBareMetal(event.normalizedOperation()) || aboutBareMetal(event.normalizedMessage())
                || (event.dataSource() != null && aboutBareMetal(Messages.normalize(event.dataSource())));
        boolean failed = Messages.mentionsNormalized(event.normalizedMessage(), FAILURE)
                || Messages.mentionsNormalized(event.normalizedOperation(), FAILURE);
        return bareMetal && failed;
    }

    /**
     * True when the event is an antivirus's record of an action it took on a file (quarantined,
     * deleted, cleaned): its source or message names an antivirus, and it is Defender's event 1117
     * or says what was done, in English or French. Which file it names is for the rule to read.
     */
    public static boolean reportsAntivirusAction(Event event) {
        if (event == null) {
            return false;
        }
        boolean antivirus = Messages.mentions(event.source(), ANTIVIRUS_SOURCE) || event.mentions(ANTIVIRUS_MESSAGE);
        return antivirus && (ErrorIds.same(event.errorId(), "1117") || event.mentions(ANTIVIRUS_ACTION));
    }

    private static String[] phrases(String... phrases) {
        String[] normalized = new String[phrases.length];
        for (int i = 0; i < phrases.length; i++) {
            normalized[i] = Messages.normalize(phrases[i]);
        }
        return normalized;
    }

    /** True when both data source names are known and equal, case and surrounding blanks ignored. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    /** {@code normalized}: a text in the form {@link Messages#normalize} gives. */
    private static boolean aboutBareMetal(String normalized) {
        if (normalized == null) {
            return false;
        }
        return Messages.mentionsNormalized(normalized, BARE_METAL) || (" " + normalized + " ").contains(" bmr ");
    }
}
