package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.facts.AlertSeverity;
import org.mabsadvisor.facts.AlertState;
import org.mabsadvisor.facts.DpmAlert;

/**
 * dpm-alerts: Get-DPMAlert, active alerts and those resolved in the days read. Severity and State
 * are enum names, printed untranslated; the alert's type is its title, and ErrorInfo.Problem, the
 * detailed text of the console, is in the language of MABS and kept as written. A state the parser
 * does not know is left unknown, unless the alert says when it was resolved.
 */
final class DpmAlertsParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<DpmAlert> alerts = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String errorId = ErrorIds.of(item, "ErrorId");
            String title = item.text("Type");
            String detail = ErrorIds.capped(item.text("Problem"));
            if (errorId == null && title == null && detail == null) {
                throw item.at("the alert has neither ErrorId, Type nor Problem");
            }
            var resolvedAt = item.time("ResolvedTime");
            alerts.add(new DpmAlert(item.time("OccurredSince"), errorId, title, detail, item.text("DataSource"), item.text("Computer"),
                    state(item.text("State"), resolvedAt != null), severity(item.text("Severity")), resolvedAt));
        }
        draft.alerts = alerts;
    }

    static AlertState state(String state, boolean hasResolvedTime) {
        String s = state == null ? "" : state.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "active" -> AlertState.ACTIVE;
            case "resolved", "inactive" -> AlertState.RESOLVED;
            default -> hasResolvedTime ? AlertState.RESOLVED : null;
        };
    }

    static AlertSeverity severity(String severity) {
        if (severity == null) {
            return null;
        }
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "error", "critical" -> AlertSeverity.ERROR;
            case "warning" -> AlertSeverity.WARNING;
            case "information", "informational", "info" -> AlertSeverity.INFORMATION;
            default -> null;
        };
    }
}
