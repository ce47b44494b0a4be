package org.mabsadvisor.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which findings a report lists, as {@code --severity}, {@code --only} and {@code --skip} say: those
 * at or above a severity, of the rules named (an id such as AV-01, or a family such as AV: the id's
 * part before the dash), and not of the rules skipped. The rules still all run, so root causes are
 * still recognised; only what is listed changes. A report so narrowed is what is counted for the
 * exit code: a finding the user asked not to see does not fail the run either.
 */
public record FindingSelection(String minimumSeverity, List<String> only, List<String> skip) {

    /** Every finding. */
    public static final FindingSelection ALL = new FindingSelection(null, List.of(), List.of());

    public FindingSelection {
        only = List.copyOf(only);
        skip = List.copyOf(skip);
    }

    public boolean selectsAll() {
        return minimumSeverity == null && only.isEmpty() && skip.isEmpty();
    }

    /** The family of a rule id: what precedes its first dash (AV for AV-01), or the whole id. */
    public static String family(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash > 0 ? ruleId.substring(0, dash) : ruleId;
    }

    /** True when {@code name}, an id or a family, names this rule (ignoring case, as ids are typed by hand). */
    public static boolean names(String name, String ruleId) {
        return name.equalsIgnoreCase(ruleId) || name.equalsIgnoreCase(family(ruleId));
    }

    /** True when the rule's findings are listed, whatever their severity. */
    public boolean rule(String ruleId) {
        return (only.isEmpty() || only.stream().anyMatch(n -> names(n, ruleId))) && skip.stream().noneMatch(n -> names(n, ruleId));
    }

    /** True when a finding of this rule and severity is listed. */
    public boolean finding(String ruleId, String severity) {
        return rule(ruleId) && atLeast(severity);
    }

    private boolean atLeast(String severity) {
        if (minimumSeverity == null) {
            return true;
        }
        int rank = Report.SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT));
        return rank >= 0 && rank <= Report.SEVERITIES.indexOf(minimumSeverity);
    }

    /** The report with only the selected findings (and their waived and resolved ones), checks and causes. */
    public Report apply(Report r) {
        if (selectsAll()) {
            return r;
        }
        List<Finding> findings = r.findings().stream().filter(f -> finding(f.ruleId(), f.severity())).toList();
        Set<String> listed = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        // A cause is kept with the findings it explains that are still listed; one explaining none is dropped.
        List<Report.Cause> causes = r.causes().stream()
                .map(c -> new Report.Cause(c.id(), c.title(), c.evidence(), c.findings().stream().filter(listed::contains).toList(), c.actions()))
                .filter(c -> !c.findings().isEmpty())
                .toList();
        List<NotChecked> notChecked = r.notChecked().stream().filter(n -> rule(n.ruleId())).toList();
        List<String> checked = r.checked().stream().filter(this::rule).toList();
        List<WaivedFinding> waived = r.waived().stream().filter(w -> finding(w.finding().ruleId(), w.finding().severity())).toList();
        List<ResolvedFinding> resolved = r.resolved().stream().filter(f -> finding(f.ruleId(), f.severity())).toList();
        return r.toBuilder().summary(Report.summarize(findings, notChecked.size())).findings(findings).causes(causes).notChecked(notChecked).checked(checked)
                .waived(waived).resolved(resolved).build();
    }
}
