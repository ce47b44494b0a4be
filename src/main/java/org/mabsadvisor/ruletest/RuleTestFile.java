package org.mabsadvisor.ruletest;

import java.util.List;

/** A {@code *.tests.yaml} file: a default base sample for its cases, and the cases. */
public record RuleTestFile(String base, List<RuleTestCase> cases) {

    public RuleTestFile {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }
}
