package org.mabsadvisor.report;

/** Escaping for text placed in Markdown tables and paragraphs. */
final class Markdown {
    private Markdown() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_{}[]()#+-!|<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
