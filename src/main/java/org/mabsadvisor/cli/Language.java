package org.mabsadvisor.cli;

import java.util.Locale;

/** The languages the tool speaks, and the default taken from the system. */
final class Language {
    private Language() {
    }

    /** The language to use: the one asked for, else French on a French system, else English; null when unsupported. */
    static String choose(String asked) {
        String lang = asked != null ? asked : Locale.getDefault().getLanguage().equals("fr") ? "fr" : "en";
        return lang.equals("en") || lang.equals("fr") ? lang : null;
    }
}
