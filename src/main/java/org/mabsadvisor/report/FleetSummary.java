package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet at a glance: how many inputs, hosts analysed and inputs that failed; how many hosts have
 * at least one finding of each severity, and the findings per severity; the rules that fired on the
 * most hosts. {@code newFindings} and {@code resolved} are only given when a baseline was.
 */
public record FleetSummary(
        int inputs,
        int hostsAnalysed,
        int inputsFailed,
        int hostsWithFindings,
        Map<String, Integer> hostsBySeverity,
        Map<String, Integer> findingsBySeverity,
        int findings,
        int waived,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer newFindings,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer resolved,
        List<RuleCount> mostFrequentRules) {

    public FleetSummary {
        // Copies that keep the order of the severities, most severe first.
        hostsBySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(hostsBySeverity));
        findingsBySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(findingsBySeverity));
        mostFrequentRules = List.copyOf(mostFrequentRules);
    }

    /** A catalogue row and the number of hosts it was found on; the title is the one of the first host. */
    public record RuleCount(String ruleId, String severity, String title, int hosts) {
    }
}
