package org.mabsadvisor.formats;

import org.mabsadvisor.input.Inert;

/** Escaping for text placed in Markdown tables, headings and paragraphs. */
final class Markdown {
    private Markdown() {
    }

    /**
     * Every character Markdown (CommonMark and GitHub's tables, strikethrough and HTML) could read
     * as syntax is backslash-escaped; line breaks become spaces so that a value stays in its cell.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        // Controls and bidirectional overrides first become visible <U+XXXX>, whose brackets are then escaped.
        for (char c : Inert.line(s).toCharArray()) {
            if ("\\`*_{}[]()#+-!|<>&~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    /** An inline code span showing {@code s} as is: the fence is longer than any run of backticks inside. */
    static String code(String s) {
        String text = s == null ? "" : Inert.line(s);
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // A space on each side keeps a backtick apart from the fence; CommonMark strips exactly that space.
        boolean pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" "));
        String space = pad ? " " : "";
        return fence + space + text + space + fence;
    }
}
