package org.mabsadvisor.engine;

import java.util.Locale;

/**
 * What a rule looks at: {@code state} (proactive: a setting or condition of the server) or
 * {@code error} (reactive: a recorded job, alert or installer error).
 */
public enum Trigger {
    STATE, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label; null when unknown. */
    public static Trigger parse(String label) {
        for (Trigger t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        return null;
    }
}
