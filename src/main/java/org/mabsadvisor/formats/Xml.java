package org.mabsadvisor.formats;

import org.mabsadvisor.input.Inert;

/**
 * Escaping for text placed in XML and HTML documents. Characters that XML 1.0 cannot carry at all
 * (most control characters, lone surrogates), C1 controls and bidirectional overrides become U+FFFD, so that a hostile fact value can
 * neither inject markup nor make the document unreadable.
 */
final class Xml {
    private Xml() {
    }

    /** Text content of an element. */
    static String text(String s) {
        return escape(s, false);
    }

    /** The value of an attribute, to be placed between double quotes. */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                // Parsers normalise raw white space in attributes to spaces: references keep it.
                case '\t', '\n' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                // The same character to a parser, but a raw CR would rewrite a line of a terminal showing the file.
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || Inert.isHostile(c)) {
                        // Inert: C1 controls and bidirectional overrides too, which would reorder what a page shows.
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
