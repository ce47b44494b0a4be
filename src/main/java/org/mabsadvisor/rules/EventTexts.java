package org.mabsadvisor.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.Event;

/**
 * Finer readings of recorded events than a phrase match: an error id quoted inside a message, a
 * failed bare-metal recovery backup, and data source names as DPM writes them.
 *
 * <pre>{@code Event( EventTexts.mentionsErrorId(message, "0x29834") )}</pre>
 */
public final class EventTexts {
    /** A hexadecimal or decimal number standing alone in a text. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Za-z])(0[xX][0-9A-Fa-f]{1,16}|[0-9]{1,18})(?![0-9A-Za-z])");

    private static final String[] BARE_METAL = {"bare metal recovery", "baremetal recovery", "bare metal", "recuperation complete"};
    private static final String[] FAILURE = {"fail", "echec", "echoue", "n a pas pu"};

    private EventTexts() {
    }

    /** True when the text holds, as a number of its own, the error id {@code id} in any spelling (0x29834, 170036). */
    public static boolean mentionsErrorId(String text, String id) {
        if (text == null) {
            return false;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (ErrorIds.same(m.group(1), id)) {
                return true;
            }
        }
        return false;
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
