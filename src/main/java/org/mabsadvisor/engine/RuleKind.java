package org.mabsadvisor.engine;

import java.util.Locale;

/**
 * What a rule produces: a finding (a documented problem, the default) or a cause (a root cause it
 * inserts as a {@link org.mabsadvisor.facts.Diagnosis}, under which findings are grouped).
 */
public enum RuleKind {
    FINDING, CAUSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label; null when unknown. */
    public static RuleKind parse(String label) {
        for (RuleKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
