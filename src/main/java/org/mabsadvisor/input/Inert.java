package org.mabsadvisor.input;

/**
 * Makes a value read from an input harmless to show to a person on one line (a text report, a
 * trace, a message on standard error): it can neither start a line of its own (CR, LF, NEL, the
 * Unicode line and paragraph separators become spaces), nor drive the terminal (ESC, BEL and every
 * other C0 or C1 control, such as the one-character CSI U+009B), nor reorder what is displayed
 * (bidirectional overrides and isolates, as in "Trojan Source"). Those are shown as {@code <U+XXXX>},
 * so that a reader sees that something was there.
 */
public final class Inert {
    private Inert() {
    }

    /** The value on one line, every control made visible; null stays null, as StringBuilder shows it. */
    public static String line(String s) {
        if (s == null || clean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue; // CR LF is one line break, one space.
            }
            if (isLineBreak(c) || c == '\t') {
                out.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (isHostile(c)) {
                out.append(visible(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * As {@link #line}, but line breaks are kept (as LF): for a cell of a CSV file, which quotes
     * them, and for text that is a paragraph of its own. Everything else hostile is made visible.
     */
    public static String keepingLines(String s) {
        if (s == null || clean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(c);
            } else if (isLineBreak(c)) {
                out.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (isHostile(c)) {
                out.append(visible(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The longest excerpt of an input that a message quotes. */
    public static final int MAX_EXCERPT = 40;

    /**
     * A message that may quote an input (a parser's "Unrecognized token 'xyz'"), on one line, with
     * every quoted excerpt ('...', "...", `...`) cut to {@link #MAX_EXCERPT} characters: a message
     * names what is wrong, it does not copy the file.
     */
    public static String excerpts(String message) {
        if (message == null) {
            return null;
        }
        String one = line(message);
        StringBuilder out = new StringBuilder(Math.min(one.length(), 1024));
        int i = 0;
        while (i < one.length()) {
            char c = one.charAt(i);
            // An opening quote follows a space or a bracket: the apostrophe of "server's" opens nothing.
            boolean opens = (c == '\'' || c == '"' || c == '`') && (i == 0 || " ([{:=".indexOf(one.charAt(i - 1)) >= 0);
            int end = opens ? one.indexOf(c, i + 1) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String quoted = one.substring(i + 1, end);
            out.append(c).append(quoted.length() > MAX_EXCERPT ? quoted.substring(0, MAX_EXCERPT) + "..." : quoted).append(c);
            i = end + 1;
        }
        // An unquoted copy, too: no message runs on for more than a few lines' worth.
        return out.length() > 500 ? out.substring(0, 500) + "..." : out.toString();
    }

    /** True for a character that {@link #line} would change. */
    public static boolean isHostile(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || isLineBreak(c) || Character.isSurrogate(c);
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHostile(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The embeddings, overrides, isolates and marks that change the order text is shown in. */
    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String visible(char c) {
        return String.format("<U+%04X>", (int) c);
    }
}
