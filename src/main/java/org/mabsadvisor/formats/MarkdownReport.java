package org.mabsadvisor.formats;

import java.util.List;
import java.util.stream.Collectors;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.EvidenceFact;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.ResolvedFinding;
import org.mabsadvisor.report.WaivedFinding;

/**
 * Writes a report as Markdown for tickets and pull requests: a summary table, then each finding
 * with its evidence, actions and link. Every value is escaped, commands are code spans, so that a
 * fact value never turns into markup, a link or an HTML tag.
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        host(out, report);
        return out.toString();
    }

    /** The part of one host; it starts at heading level 2 so that a fleet document can put its own title above. */
    static void host(StringBuilder out, Report report) {
        Labels words = Labels.of(report.language());
        out.append("## ").append(Markdown.escape(report.host())).append("\n\n");
        out.append(Markdown.escape(report.input())).append(" · ").append(Markdown.escape(report.tool().name() + " " + report.tool().version()))
                .append("\n\n");
        String provenance = Provenance.line(report);
        if (provenance != null) {
            out.append(Markdown.escape(provenance)).append("\n\n");
        }
        out.append("**").append(Markdown.escape(words.summaryLine(report.summary()))).append("**\n\n");
        if (report.findings().isEmpty()) {
            out.append(Markdown.escape(words.noFinding())).append("\n\n");
        } else {
            out.append("| ").append(Markdown.escape(words.severityColumn())).append(" | ").append(Markdown.escape(words.rule()))
                    .append(" | ").append(Markdown.escape(words.title())).append(" |\n|---|---|---|\n");
            for (Finding f : report.findings()) {
                out.append("| ").append(Markdown.escape(words.severity(f.severity()))).append(" | ").append(Markdown.escape(f.ruleId()))
                        .append(" | ").append(Markdown.escape(f.title())).append(" |\n");
            }
            out.append('\n');
        }
        causes(out, report, words);
        for (String severity : Report.SEVERITIES) {
            List<Finding> group = report.findings().stream().filter(f -> f.severity().equals(severity)).toList();
            if (!group.isEmpty()) {
                out.append("### ").append(Markdown.escape(Labels.capitalised(words.severity(severity)))).append("\n\n");
                group.forEach(f -> finding(out, report, f, words));
            }
        }
        waivers(out, report, words);
        resolved(out, report, words);
        notChecked(out, report, words);
    }

    private static void waivers(StringBuilder out, Report report, Labels words) {
        if (!report.waived().isEmpty()) {
            out.append("### ").append(Markdown.escape(words.waived() + " (" + report.waived().size() + ")")).append("\n\n");
            out.append("| ").append(Markdown.escape(words.severityColumn())).append(" | ").append(Markdown.escape(words.rule()))
                    .append(" | ").append(Markdown.escape(words.title())).append(" | ").append(Markdown.escape(words.owner()))
                    .append(" | ").append(Markdown.escape(words.waivedUntil())).append(" |\n|---|---|---|---|---|\n");
            for (WaivedFinding w : report.waived()) {
                out.append("| ").append(Markdown.escape(words.severity(w.finding().severity()))).append(" | ")
                        .append(Markdown.escape(w.finding().ruleId())).append(" | ").append(Markdown.escape(w.finding().title()))
                        .append(" — ").append(Markdown.escape(w.waiver().justification())).append(" | ")
                        .append(Markdown.escape(w.waiver().owner())).append(" | ").append(w.waiver().expires()).append(" |\n");
            }
            out.append('\n');
        }
        if (!report.waiverNotices().isEmpty()) {
            out.append("### ").append(Markdown.escape(words.waiverWarnings())).append("\n\n");
            report.waiverNotices().forEach(n -> out.append("- ").append(Markdown.escape(n.message())).append('\n'));
            out.append('\n');
        }
    }

    private static void resolved(StringBuilder out, Report report, Labels words) {
        if (report.resolved().isEmpty()) {
            return;
        }
        out.append("### ").append(Markdown.escape(words.resolved() + " (" + report.resolved().size() + ")")).append("\n\n");
        out.append("| ").append(Markdown.escape(words.severityColumn())).append(" | ").append(Markdown.escape(words.rule()))
                .append(" | ").append(Markdown.escape(words.title())).append(" |\n|---|---|---|\n");
        for (ResolvedFinding r : report.resolved()) {
            out.append("| ").append(Markdown.escape(words.severity(r.severity()))).append(" | ").append(Markdown.escape(r.ruleId()))
                    .append(" | ").append(Markdown.escape(r.title())).append(" |\n");
        }
        out.append('\n');
    }

    private static void causes(StringBuilder out, Report report, Labels words) {
        if (report.causes().isEmpty()) {
            return;
        }
        out.append("### ").append(Markdown.escape(words.causes())).append("\n\n");
        for (Report.Cause c : report.causes()) {
            out.append("#### ").append(Markdown.escape(c.title())).append("\n\n");
            out.append("→ ").append(c.findings().stream().map(Markdown::escape).collect(Collectors.joining(", "))).append("\n\n");
            c.evidence().forEach(e -> evidence(out, e));
            out.append("\n**").append(Markdown.escape(words.plan())).append(words.colon()).append("**\n\n");
            out.append(actions(c.actions(), words, "")).append('\n');
        }
    }

    private static void finding(StringBuilder out, Report report, Finding f, Labels words) {
        String state = words.baseline(f.baseline());
        out.append("#### ").append(Markdown.escape("[" + f.ruleId() + "] " + f.title() + (state == null ? "" : " (" + state + ")")))
                .append("\n\n");
        out.append('*').append(Markdown.escape(words.certainty(f.certainty()))).append("*\n\n");
        out.append("**").append(Markdown.escape(words.evidence())).append(words.colon()).append("**\n\n");
        f.evidence().forEach(e -> evidence(out, e));
        out.append("\n**").append(Markdown.escape(words.actions())).append(words.colon()).append("**");
        Report.Cause cause = report.causes().stream().filter(c -> c.findings().contains(f.ruleId())).findFirst().orElse(null);
        if (cause != null) {
            out.append(' ').append(Markdown.escape(words.seePlan() + " \"" + cause.title() + "\"")).append("\n\n");
        } else {
            out.append("\n\n").append(actions(f.actions(), words, ""));
        }
        if (f.reference() != null) {
            out.append("\n**").append(Markdown.escape(words.reference())).append(words.colon()).append("** ")
                    .append(link(f.section() != null ? f.section() : f.reference(), f.reference())).append("\n\n");
        }
    }

    private static void evidence(StringBuilder out, Evidence e) {
        out.append("- ").append(Markdown.escape(e.text()));
        List<String> pointers = e.facts().stream().map(EvidenceFact::pointer).distinct().toList();
        if (!pointers.isEmpty()) {
            out.append(" (").append(pointers.stream().map(Markdown::code).collect(Collectors.joining(", "))).append(')');
        }
        out.append('\n');
    }

    private static void notChecked(StringBuilder out, Report report, Labels words) {
        if (report.notChecked().isEmpty()) {
            return;
        }
        out.append("### ").append(Markdown.escape(words.notChecked())).append("\n\n");
        out.append("| ").append(Markdown.escape(words.rule())).append(" | ").append(Markdown.escape(words.title())).append(" | ")
                .append(Markdown.escape(words.needs())).append(" |\n|---|---|---|\n");
        for (NotChecked n : report.notChecked()) {
            out.append("| ").append(Markdown.escape(n.ruleId())).append(" | ").append(Markdown.escape(n.title())).append(" | ")
                    .append(Markdown.escape(String.join(", ", n.missingFacts()))).append(" |\n");
        }
        out.append('\n');
    }

    /** Numbered actions, alternatives as a nested list, commands as code spans; {@code indent} prefixes every line. */
    static String actions(List<Action> actions, Labels words, String indent) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Action a : actions) {
            String marker = (n++) + ". ";
            String inner = indent + " ".repeat(marker.length());
            if (a.isChoice()) {
                out.append(indent).append(marker).append(Markdown.escape(a.text() != null ? a.text() : words.oneOf())).append('\n');
                for (Action alt : a.alternatives()) {
                    out.append(inner).append("- ").append(Markdown.escape(alt.text()));
                    command(out, alt, inner + "  ");
                }
            } else {
                out.append(indent).append(marker).append(Markdown.escape(a.text()));
                command(out, a, inner);
            }
        }
        return out.toString();
    }

    /** Ends the step's line; its command, if any, follows on a line of its own (a backslash is a hard line break). */
    private static void command(StringBuilder out, Action a, String indent) {
        if (a.command() != null) {
            out.append("\\\n").append(indent).append(Markdown.code(a.command()));
        }
        out.append('\n');
    }

    /**
     * A link whose text is escaped and whose address cannot end the link early; only http and https
     * addresses become links, any other (javascript:, data:) is shown as text.
     */
    static String link(String text, String url) {
        if (!WebAddress.isWeb(url)) {
            return Markdown.escape(url);
        }
        // A valid URI has no space, angle bracket or line break that could end the destination.
        return "[" + Markdown.escape(text) + "](<" + url + ">)";
    }
}
