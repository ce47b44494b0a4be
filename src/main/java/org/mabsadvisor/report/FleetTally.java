package org.mabsadvisor.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a fleet as its reports go by, for its summary. It keeps numbers and one entry per rule,
 * never the reports, so that its size does not grow with the fleet.
 */
public final class FleetTally {
    /** How many rules the summary lists as the most frequent. */
    static final int TOP_RULES = 10;

    private final boolean compared;
    private final Map<String, Integer> hostsBySeverity = zeroes();
    private final Map<String, Integer> findingsBySeverity = zeroes();
    private final Map<String, FleetSummary.RuleCount> rules = new LinkedHashMap<>();
    private int inputs;
    private int analysed;
    private int failed;
    private int withFindings;
    private int findings;
    private int waived;
    private int newFindings;
    private int resolved;

    /** {@code compared}: the run has a baseline, so new and resolved findings are counted. */
    public FleetTally(boolean compared) {
        this.compared = compared;
    }

    public void add(Report report) {
        inputs++;
        analysed++;
        if (!report.findings().isEmpty()) {
            withFindings++;
        }
        Set<String> severities = new HashSet<>();
        for (Finding f : report.findings()) {
            findings++;
            findingsBySeverity.merge(f.severity(), 1, Integer::sum);
            severities.add(f.severity());
            if (Finding.NEW.equals(f.baseline())) {
                newFindings++;
            }
            rules.merge(f.ruleId(), new FleetSummary.RuleCount(f.ruleId(), f.severity(), f.title(), 1),
                    (a, b) -> new FleetSummary.RuleCount(a.ruleId(), a.severity(), a.title(), a.hosts() + 1));
        }
        severities.forEach(s -> hostsBySeverity.merge(s, 1, Integer::sum));
        waived += report.waived().size();
        resolved += report.resolved().size();
    }

    public void failed() {
        inputs++;
        failed++;
    }

    public FleetSummary summary() {
        List<FleetSummary.RuleCount> top = rules.values().stream()
                .sorted(Comparator.comparingInt(FleetSummary.RuleCount::hosts).reversed().thenComparing(FleetSummary.RuleCount::ruleId))
                .limit(TOP_RULES)
                .toList();
        return new FleetSummary(inputs, analysed, failed, withFindings, hostsBySeverity, findingsBySeverity, findings, waived,
                compared ? newFindings : null, compared ? resolved : null, top);
    }

    private static Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Report.SEVERITIES.forEach(s -> counts.put(s, 0));
        return counts;
    }
}
