package org.mabsadvisor.remediation;

/**
 * How a value of the report enters a generated script: as a single-quoted literal, or as a comment
 * of one line. PowerShell takes the typographic single quotes (U+2018 to U+201B) as quotes too, so
 * each of them is doubled like {@code '}; inside a single-quoted string nothing else is special.
 */
public final class PowerShellText {

    private PowerShellText() {
    }

    /** Whether a value may become a parameter of a step: no control character, no line break of any kind. */
    public static boolean usable(String value) {
        return value != null && !Fix.hasControl(value);
    }

    /** The value as a single-quoted literal; line breaks and control characters become spaces (use {@link #usable} first for values that matter). */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isQuote(c)) {
                out.append(c).append(c);
            } else if (Fix.hasControl(String.valueOf(c))) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** Text fit for a {@code #} comment: one line, no control characters, and no block-comment markers. */
    public static String comment(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Fix.hasControl(String.valueOf(c)) ? ' ' : c);
        }
        return out.toString().replace("#>", "# >").replace("<#", "< #").strip();
    }

    /** The characters PowerShell reads as a single quote. */
    static boolean isQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
