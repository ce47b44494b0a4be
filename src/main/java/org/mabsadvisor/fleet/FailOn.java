package org.mabsadvisor.fleet;

import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;

/**
 * When a report makes the run fail (exit 1): a finding at or above {@code threshold} (null: never),
 * counting only findings new since the baseline when {@code newOnly}. Waived findings never count.
 */
public record FailOn(Severity threshold, boolean newOnly) {

    public boolean failsOn(Report report) {
        if (threshold == null) {
            return false;
        }
        for (Finding f : report.findings()) {
            Severity s = Severity.parse(f.severity());
            if (s != null && s.atLeast(threshold) && (!newOnly || Finding.NEW.equals(f.baseline()))) {
                return true;
            }
        }
        return false;
    }
}
