package org.mabsadvisor.report;

import java.util.List;

/** A rule that could not run because facts it reads were not collected. */
public record NotChecked(String ruleId, String section, String title, List<String> missingFacts) {

    public NotChecked {
        missingFacts = List.copyOf(missingFacts);
    }
}
