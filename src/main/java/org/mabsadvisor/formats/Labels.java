package org.mabsadvisor.formats;

import org.mabsadvisor.input.WordTables;

import java.util.Locale;
import java.util.Map;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.Waiver;

/** The fixed words of the reports written for people, in each language the tool speaks. */
record Labels(
        String findings,
        String noFinding,
        String evidence,
        String actions,
        String oneOf,
        String reference,
        String notChecked,
        String needs,
        String certaintyConfirmed,
        String certaintyRisk,
        String certaintyReported,
        String causes,
        String checksNotRun,
        String plan,
        String seePlan,
        String colon,
        String summary,
        String bySeverity,
        String bySection,
        String rule,
        String title,
        String severityColumn,
        String checksRun,
        String waived,
        String resolved,
        String waiverWarnings,
        String waivedUntil,
        String owner,
        String baselineNew,
        String baselineUnchanged,
        Map<String, String> severities,
        String siteConfiguration,
        String disabled,
        String severityChanged,
        String replacedBy,
        String skipped,
        String collection,
        String unknown,
        String reportedIn) {

    /** The words of each language, from {@code labels.json} beside this class. */
    private static final Map<String, Labels> BY_LANGUAGE = WordTables.read(Labels.class, "labels.json");

    static Labels of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    /** A word as a heading: its first letter in capitals. */
    static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    String severity(String severity) {
        return severities.getOrDefault(severity, severity);
    }

    /** "5 findings: 3 critical, 2 high; 0 checks not run", in this language. */
    String summaryLine(Report.Summary summary) {
        StringBuilder s = new StringBuilder();
        s.append(summary.findings()).append(' ').append(findings);
        StringBuilder parts = new StringBuilder();
        summary.findingsBySeverity().forEach((level, count) -> {
            if (count > 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(count).append(' ').append(severity(level));
            }
        });
        if (parts.length() > 0) {
            s.append(colon).append(' ').append(parts);
        }
        return s.append("; ").append(summary.notChecked()).append(' ').append(checksNotRun).toString();
    }

    /** "new" or "unchanged" in this language; null when the finding was not compared with a baseline. */
    String baseline(String state) {
        if (state == null) {
            return null;
        }
        return state.equals(Finding.NEW) ? baselineNew : baselineUnchanged;
    }

    /** "waived until 2026-12-31 (owner: backup team): the justification", in this language. */
    String waiverLine(Waiver w) {
        return waivedUntil + " " + w.expires() + " (" + owner + colon + " " + w.owner() + ")" + colon + " " + w.justification();
    }

    String certainty(String certainty) {
        return switch (certainty) {
            case "confirmed" -> certaintyConfirmed;
            case "risk" -> certaintyRisk;
            default -> certaintyReported;
        };
    }
}
