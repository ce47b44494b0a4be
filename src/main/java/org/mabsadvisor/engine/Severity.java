package org.mabsadvisor.engine;

import java.util.Locale;

/** How urgent a finding is; ordered from the most to the least severe. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The lower-case name used in DRL metadata, reports and options. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is {@code other} or more severe. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses a label such as "high"; null when unknown. */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }
}
