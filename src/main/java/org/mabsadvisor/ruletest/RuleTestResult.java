package org.mabsadvisor.ruletest;

import java.util.List;

/**
 * The outcome of one test case: where it is, whether it passed, what went wrong, and the rule ids
 * that fired (for coverage).
 */
public record RuleTestResult(String file, String name, boolean passed, List<String> failures, List<String> fired,
        List<String> expectedToFire, List<String> expectedNotToFire) {

    public RuleTestResult {
        failures = List.copyOf(failures);
        fired = List.copyOf(fired);
        expectedToFire = List.copyOf(expectedToFire);
        expectedNotToFire = List.copyOf(expectedNotToFire);
    }
}
