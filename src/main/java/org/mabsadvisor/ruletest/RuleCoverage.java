package org.mabsadvisor.ruletest;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of a set of rules the test cases show working both ways. A rule is shown to fire when a
 * case expects it to fire and it does; shown not to fire when a case expects it to stay silent and
 * it does. A rule that merely happens to fire in a case, without a case expecting it, is not shown.
 */
public record RuleCoverage(List<String> ruleIds, List<String> neverShownFiring, List<String> neverShownSilent) {

    public RuleCoverage {
        ruleIds = List.copyOf(ruleIds);
        neverShownFiring = List.copyOf(neverShownFiring);
        neverShownSilent = List.copyOf(neverShownSilent);
    }

    /** The coverage of {@code ruleIds} (in the order given) by the results of the cases that were run. */
    public static RuleCoverage of(Collection<String> ruleIds, List<RuleTestResult> results) {
        Set<String> firing = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (RuleTestResult r : results) {
            r.expectedToFire().stream().filter(r.fired()::contains).forEach(firing::add);
            r.expectedNotToFire().stream().filter(id -> !r.fired().contains(id)).forEach(silent::add);
        }
        return new RuleCoverage(List.copyOf(ruleIds),
                ruleIds.stream().filter(id -> !firing.contains(id)).toList(),
                ruleIds.stream().filter(id -> !silent.contains(id)).toList());
    }

    /** Checks made: two per rule, shown to fire and shown not to fire. */
    public int checks() {
        return 2 * ruleIds.size();
    }

    /** Checks that some case made. */
    public int shown() {
        return checks() - neverShownFiring.size() - neverShownSilent.size();
    }

    /** Shown checks in percent of all; 100 when there is no rule to cover. */
    public double percent() {
        return ruleIds.isEmpty() ? 100 : 100.0 * shown() / checks();
    }
}
