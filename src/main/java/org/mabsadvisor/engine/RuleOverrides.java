package org.mabsadvisor.engine;

import java.util.Set;

/**
 * What a site changes in the rules it compiles: ids whose rules are left out, and ids that a rule
 * of a later folder takes over from an earlier one (a site rule replacing a built-in rule).
 */
public record RuleOverrides(Set<String> disabled, Set<String> replaced) {

    /** No change at all. */
    public static final RuleOverrides NONE = new RuleOverrides(Set.of(), Set.of());

    public RuleOverrides {
        disabled = Set.copyOf(disabled);
        replaced = Set.copyOf(replaced);
    }
}
