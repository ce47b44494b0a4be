package org.mabsadvisor.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.input.Inert;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/** Writes a fleet for people: each host's text report as it comes, the inputs that failed, then the fleet summary. */
public final class TextFleetReport implements FleetWriter {
    private static final String RULE = "-".repeat(72) + "\n";

    private final Writer out;
    private final TextReport text;
    private final String language;
    private boolean first = true;

    public TextFleetReport(Writer out, String language, boolean colour) {
        this.out = out;
        this.language = language;
        this.text = new TextReport(colour);
    }

    @Override
    public void host(Report report) throws IOException {
        separate();
        out.write(text.render(report));
    }

    @Override
    public void failure(HostFailure failure) throws IOException {
        separate();
        FleetLabels fleet = FleetLabels.of(language);
        out.write(fleet.notAnalysed().toUpperCase(Locale.ROOT) + "  " + Inert.line(failure.input()) + "  (" + fleet.stage(failure) + ")\n");
        for (InputProblem p : failure.problems()) {
            out.write("  " + p + "\n");
        }
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        Labels words = Labels.of(language);
        FleetLabels fleet = FleetLabels.of(language);
        out.write((first ? "" : "\n" + RULE + "\n") + fleet.title().toUpperCase(Locale.ROOT) + "\n");
        out.write(fleet.summaryLine(summary, words) + "\n");
        out.write(Labels.capitalised(fleet.withFindings()) + words.colon() + " " + fleet.hostsLine(summary, words) + "\n");
        if (!summary.mostFrequentRules().isEmpty()) {
            out.write("\n" + fleet.mostFrequent() + words.colon() + "\n");
            for (FleetSummary.RuleCount r : summary.mostFrequentRules()) {
                out.write(String.format(Locale.ROOT, "  %-10s %6d %s  %s (%s)\n", Inert.line(r.ruleId()), r.hosts(), fleet.hosts(), Inert.line(r.title()),
                        words.severity(r.severity())));
            }
        }
        if (!notices.isEmpty()) {
            out.write("\n" + words.waiverWarnings() + words.colon() + "\n");
            for (WaiverNotice n : notices) {
                out.write("  - " + Inert.line(n.message()) + "\n");
            }
        }
        out.flush();
    }

    private void separate() throws IOException {
        if (!first) {
            out.write("\n" + RULE + "\n");
        }
        first = false;
    }
}
