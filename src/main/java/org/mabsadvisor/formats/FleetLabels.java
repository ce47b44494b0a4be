package org.mabsadvisor.formats;

import org.mabsadvisor.input.WordTables;

import java.util.Map;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;

/** The fixed words of the fleet parts of the reports written for people, in each language the tool speaks. */
record FleetLabels(
        String title,
        String inputs,
        String analysed,
        String failed,
        String withFindings,
        String hostsBySeverity,
        String hosts,
        String host,
        String input,
        String problem,
        String mostFrequent,
        String notAnalysed,
        String badFacts,
        String rulesFailed,
        String waived,
        String newFindings,
        String resolved) {

    /** The words of each language, from {@code fleet-labels.json} beside this class. */
    private static final Map<String, FleetLabels> BY_LANGUAGE = WordTables.read(FleetLabels.class, "fleet-labels.json");

    static FleetLabels of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    /** "1000 inputs: 995 hosts analysed, 5 could not be analysed; 412 hosts with findings; 3 waived; 20 new findings, 4 resolved". */
    String summaryLine(FleetSummary s, Labels words) {
        StringBuilder line = new StringBuilder().append(s.inputs()).append(' ').append(inputs).append(words.colon()).append(' ')
                .append(s.hostsAnalysed()).append(' ').append(analysed).append(", ").append(s.inputsFailed()).append(' ').append(failed)
                .append("; ").append(s.hostsWithFindings()).append(' ').append(withFindings);
        if (s.waived() > 0) {
            line.append("; ").append(s.waived()).append(' ').append(waived);
        }
        if (s.newFindings() != null) {
            line.append("; ").append(s.newFindings()).append(' ').append(newFindings).append(", ").append(s.resolved()).append(' ')
                    .append(resolved);
        }
        return line.toString();
    }

    /** "120 critical, 300 high" for the hosts with findings of each severity; the severities no host has are left out. */
    String hostsLine(FleetSummary s, Labels words) {
        StringBuilder line = new StringBuilder();
        s.hostsBySeverity().forEach((severity, count) -> {
            if (count > 0) {
                line.append(line.length() == 0 ? "" : ", ").append(count).append(' ').append(words.severity(severity));
            }
        });
        return line.length() == 0 ? "0" : line.toString();
    }

    /** Why an input could not be analysed, in words. */
    String stage(HostFailure failure) {
        return failure.stage().equals(HostFailure.RULES) ? rulesFailed : badFacts;
    }
}
