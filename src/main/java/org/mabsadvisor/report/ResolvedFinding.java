package org.mabsadvisor.report;

/** A finding of the baseline report that this run no longer finds on the host: resolved since then. */
public record ResolvedFinding(String ruleId, String severity, String section, String title, String reference) {

    /** The baseline's record of a finding. */
    public static ResolvedFinding of(Finding f) {
        return new ResolvedFinding(f.ruleId(), f.severity(), f.section(), f.title(), f.reference());
    }
}
