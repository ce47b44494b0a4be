package org.mabsadvisor.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a fleet as Markdown: the fleet summary (hosts with findings per severity, most frequent
 * rules, waiver warnings), a table of every input, then each host's part as for a single host. The
 * table and the parts wait in temporary files until the summary, which comes first, is known.
 */
public final class MarkdownFleetReport implements FleetWriter {
    private final Writer out;
    private final String language;
    private final Spool index;
    private final Spool parts;

    public MarkdownFleetReport(Writer out, String language, Path spoolFolder) throws IOException {
        this.out = out;
        this.language = language;
        this.index = new Spool(spoolFolder);
        this.parts = new Spool(spoolFolder);
    }

    @Override
    public void host(Report report) throws IOException {
        Labels words = Labels.of(language);
        index.append("| " + Markdown.escape(report.host()) + " | " + Markdown.escape(report.input()) + " | "
                + Markdown.escape(words.summaryLine(report.summary())) + " |\n");
        StringBuilder part = new StringBuilder();
        MarkdownReport.host(part, report);
        parts.append(part);
    }

    @Override
    public void failure(HostFailure failure) throws IOException {
        FleetLabels fleet = FleetLabels.of(language);
        String first = failure.problems().isEmpty() ? "" : failure.problems().get(0).toString();
        index.append("| — | " + Markdown.escape(failure.input()) + " | " + Markdown.escape(fleet.notAnalysed() + ": " + first) + " |\n");
        StringBuilder part = new StringBuilder("## ").append(Markdown.escape(fleet.notAnalysed() + ": " + failure.input())).append("\n\n")
                .append(Markdown.escape(fleet.stage(failure))).append("\n\n");
        failure.problems().forEach(p -> part.append("- ").append(Markdown.escape(p.toString())).append('\n'));
        parts.append(part.append('\n'));
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        Labels words = Labels.of(language);
        FleetLabels fleet = FleetLabels.of(language);
        StringBuilder head = new StringBuilder("# ").append(Markdown.escape("mabs-advisor · " + fleet.title())).append("\n\n**")
                .append(Markdown.escape(fleet.summaryLine(summary, words))).append("**\n\n");
        head.append("| ").append(Markdown.escape(words.severityColumn())).append(" | ").append(Markdown.escape(fleet.hosts())).append(" | ")
                .append(Markdown.escape(words.findings())).append(" |\n|---|---|---|\n");
        for (String severity : Report.SEVERITIES) {
            head.append("| ").append(Markdown.escape(words.severity(severity))).append(" | ").append(summary.hostsBySeverity().get(severity))
                    .append(" | ").append(summary.findingsBySeverity().get(severity)).append(" |\n");
        }
        head.append('\n');
        if (!summary.mostFrequentRules().isEmpty()) {
            head.append("## ").append(Markdown.escape(fleet.mostFrequent())).append("\n\n| ").append(Markdown.escape(words.rule())).append(" | ")
                    .append(Markdown.escape(words.title())).append(" | ").append(Markdown.escape(words.severityColumn())).append(" | ")
                    .append(Markdown.escape(fleet.hosts())).append(" |\n|---|---|---|---|\n");
            for (FleetSummary.RuleCount r : summary.mostFrequentRules()) {
                head.append("| ").append(Markdown.escape(r.ruleId())).append(" | ").append(Markdown.escape(r.title())).append(" | ")
                        .append(Markdown.escape(words.severity(r.severity()))).append(" | ").append(r.hosts()).append(" |\n");
            }
            head.append('\n');
        }
        if (!notices.isEmpty()) {
            head.append("## ").append(Markdown.escape(words.waiverWarnings())).append("\n\n");
            notices.forEach(n -> head.append("- ").append(Markdown.escape(n.message())).append('\n'));
            head.append('\n');
        }
        out.write(head.toString());
        if (!index.isEmpty()) {
            out.write("## " + Markdown.escape(Labels.capitalised(fleet.hosts())) + "\n\n| " + Markdown.escape(fleet.host()) + " | "
                    + Markdown.escape(fleet.input()) + " | " + Markdown.escape(words.findings()) + " |\n|---|---|---|\n");
            index.copyTo(out);
            out.write("\n");
        }
        parts.copyTo(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            parts.close();
        }
    }
}
