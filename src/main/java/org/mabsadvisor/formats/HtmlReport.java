package org.mabsadvisor.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Writes a report as one self-contained HTML page: summary, inline SVG charts of the findings by
 * severity and by section, root causes, and each finding as a {@code <details>} element that opens
 * to its evidence and actions. No script, no external asset; the markup is also well-formed XML.
 * Every value is escaped, and only http and https references become links.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 0; background: #f5f6f8; color: #1d2430; line-height: 1.45; }
            main { max-width: 1000px; margin: 0 auto; padding: 24px; }
            section.host { background: #fff; border: 1px solid #d8dce3; border-radius: 8px; padding: 8px 24px 24px; margin-bottom: 24px; }
            h1 { margin-bottom: 0; overflow-wrap: anywhere; }
            .meta { color: #5b6472; margin-top: 4px; overflow-wrap: anywhere; }
            .summary { font-weight: 600; }
            ul.counts { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; list-style: none; }
            ul.counts li { border-radius: 6px; padding: 6px 12px; color: #fff; min-width: 90px; }
            ul.counts b { font-size: 1.4em; margin-right: 6px; }
            .charts { display: flex; flex-wrap: wrap; gap: 16px; }
            figure { margin: 0; }
            figcaption { font-weight: 600; margin-bottom: 4px; }
            details.finding { border: 1px solid #d8dce3; border-left: 6px solid #546e7a; border-radius: 6px; margin: 8px 0; padding: 6px 12px; }
            details.finding summary { cursor: pointer; font-weight: 600; }
            .badge { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 0.85em; margin-right: 6px; }
            .certainty { color: #5b6472; font-style: italic; }
            code, pre { font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; }
            pre { background: #f0f2f5; padding: 6px 8px; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
            li { overflow-wrap: anywhere; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #d8dce3; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            .cause { border: 1px dashed #7b1fa2; border-radius: 6px; padding: 4px 12px; margin: 8px 0; }
            .facts td { font-size: 0.85em; }
            .facts td:nth-child(-n+2) { white-space: nowrap; }
            .state { display: inline-block; border: 1px solid #1d2430; border-radius: 4px; padding: 0 6px; font-size: 0.8em; margin-left: 6px; }
            .waived td, .resolved td { font-size: 0.9em; }
            table.hosts td.count { text-align: right; width: 4.5em; }
            table.hosts td:first-child, table.hosts th { white-space: nowrap; overflow-wrap: normal; }
            tr.failed td, section.failed h1 { color: #c62828; }
            table.hosts th { cursor: pointer; }
            table.hosts th[aria-sort=ascending]::after { content: " \\25B2"; }
            table.hosts th[aria-sort=descending]::after { content: " \\25BC"; }
            .filter input { font: inherit; padding: 4px 8px; min-width: 20em; }
            table.rules td.count { text-align: right; width: 4.5em; }
            """;

    @Override
    public String render(Report report) {
        return page(report.host() + " – " + report.tool().name(), report.language(), report.tool(), host(report));
    }

    private static String page(String title, String language, Report.Tool tool, String body) {
        return head(title, language, tool) + body + TAIL;
    }

    /** The end of every page, after the sections. */
    static final String TAIL = "</main>\n</body>\n</html>\n";

    /** The page up to its first section: document head, styles, and the opening of {@code <main>}. */
    static String head(String title, String language, Report.Tool tool) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(Xml.attribute(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                // Nothing but this page's own style and script (by their hashes) and inline images: an injected element could do nothing.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-")
                .append(FleetPageScript.sha256(STYLE_TEXT)).append("'; script-src ").append(FleetPageScript.HASH)
                .append("; img-src data:; base-uri 'none'; form-action 'none'\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"").append(Xml.attribute(tool.name() + " " + tool.version())).append("\"/>\n")
                .append("<title>").append(Xml.text(title)).append("</title>\n<style>").append(STYLE_TEXT).append("</style>\n");
        return out.append("</head>\n<body>\n<main>\n").toString();
    }

    /** What the style element holds: the rules, then each severity's colour. */
    private static final String STYLE_TEXT = styleText();

    private static String styleText() {
        StringBuilder out = new StringBuilder("\n").append(STYLE);
        Report.SEVERITIES.forEach(severity -> out.append(".").append(severity).append(" .badge, ul.counts li.").append(severity)
                .append(" { background: ").append(BarChart.COLOURS.get(severity)).append("; }\ndetails.finding.").append(severity)
                .append(" { border-left-color: ").append(BarChart.COLOURS.get(severity)).append("; }\nh3.").append(severity)
                .append(" { color: ").append(BarChart.COLOURS.get(severity)).append("; }\n"));
        return out.toString();
    }

    /** The section of one host; a fleet page puts one after the other. */
    static String host(Report report) {
        return host(report, "", true);
    }

    /**
     * The section of one host: {@code id} is the value of its id attribute (none when empty), and
     * {@code charts} whether it draws its own charts (a fleet page draws the fleet's instead).
     */
    static String host(Report report, String id, boolean charts) {
        Labels words = Labels.of(report.language());
        StringBuilder out = new StringBuilder(id.isEmpty() ? "<section class=\"host\">\n" : "<section class=\"host\" id=\"" + id + "\">\n");
        out.append("<header><h1>").append(Xml.text(report.host())).append("</h1><p class=\"meta\">").append(Xml.text(report.input()))
                .append(" · ").append(Xml.text(report.tool().name() + " " + report.tool().version())).append("</p>");
        String provenance = Provenance.line(report);
        if (provenance != null) {
            out.append("<p class=\"meta provenance\">").append(Xml.text(provenance)).append("</p>");
        }
        out.append("</header>\n");
        out.append("<h2>").append(Xml.text(words.summary())).append("</h2>\n<p class=\"summary\">")
                .append(Xml.text(words.summaryLine(report.summary()))).append("</p>\n<ul class=\"counts\">\n");
        report.summary().findingsBySeverity().forEach((severity, count) -> out.append("<li class=\"").append(Xml.attribute(severity))
                .append("\"><b>").append(count).append("</b>").append(Xml.text(words.severity(severity))).append("</li>\n"));
        out.append("</ul>\n");
        if (charts && !report.findings().isEmpty()) {
            out.append("<div class=\"charts\">\n");
            figure(out, words.bySeverity(), bySeverity(report, words), false, words);
            figure(out, words.bySection(), bySection(report), true, words);
            out.append("</div>\n");
        }
        causes(out, report, words);
        out.append("<h2>").append(Xml.text(Labels.capitalised(words.findings()))).append("</h2>\n");
        if (report.findings().isEmpty()) {
            out.append("<p>").append(Xml.text(words.noFinding())).append("</p>\n");
        }
        for (String severity : Report.SEVERITIES) {
            List<Finding> group = report.findings().stream().filter(f -> f.severity().equals(severity)).toList();
            if (!group.isEmpty()) {
                out.append("<h3 class=\"").append(severity).append("\">").append(Xml.text(Labels.capitalised(words.severity(severity))))
                        .append(" (").append(group.size()).append(")</h3>\n");
                group.forEach(f -> finding(out, report, f, words));
            }
        }
        waivers(out, report, words);
        resolved(out, report, words);
        notChecked(out, report, words);
        out.append("<p class=\"meta\">").append(report.checked().size()).append(' ').append(Xml.text(words.checksRun())).append("</p>\n");
        return out.append("</section>\n").toString();
    }

    private static void waivers(StringBuilder out, Report report, Labels words) {
        if (!report.waived().isEmpty()) {
            out.append("<h2>").append(Xml.text(words.waived())).append(" (").append(report.waived().size()).append(")</h2>\n")
                    .append("<table class=\"waived\">\n<thead><tr><th>").append(Xml.text(words.severityColumn())).append("</th><th>")
                    .append(Xml.text(words.rule())).append("</th><th>").append(Xml.text(words.title())).append("</th><th>")
                    .append(Xml.text(words.owner())).append("</th><th>").append(Xml.text(words.waivedUntil())).append("</th></tr></thead>\n<tbody>\n");
            for (WaivedFinding w : report.waived()) {
                out.append("<tr><td>").append(Xml.text(words.severity(w.finding().severity()))).append("</td><td><code>")
                        .append(Xml.text(w.finding().ruleId())).append("</code></td><td>").append(Xml.text(w.finding().title()))
                        .append("<br/><i>").append(Xml.text(w.waiver().justification())).append("</i></td><td>")
                        .append(Xml.text(w.waiver().owner())).append("</td><td>").append(w.waiver().expires()).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!report.waiverNotices().isEmpty()) {
            out.append("<h2>").append(Xml.text(words.waiverWarnings())).append("</h2>\n<ul class=\"notices\">\n");
            report.waiverNotices().forEach(n -> out.append("<li>").append(Xml.text(n.message())).append("</li>\n"));
            out.append("</ul>\n");
        }
    }

    private static void resolved(StringBuilder out, Report report, Labels words) {
        if (report.resolved().isEmpty()) {
            return;
        }
        out.append("<h2>").append(Xml.text(words.resolved())).append(" (").append(report.resolved().size()).append(")</h2>\n")
                .append("<table class=\"resolved\">\n<thead><tr><th>").append(Xml.text(words.severityColumn())).append("</th><th>")
                .append(Xml.text(words.rule())).append("</th><th>").append(Xml.text(words.title())).append("</th></tr></thead>\n<tbody>\n");
        for (ResolvedFinding r : report.resolved()) {
            out.append("<tr><td>").append(Xml.text(words.severity(r.severity()))).append("</td><td><code>").append(Xml.text(r.ruleId()))
                    .append("</code></td><td>").append(Xml.text(r.title())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    static void figure(StringBuilder out, String caption, List<BarChart.Bar> bars, boolean legend, Labels words) {
        out.append("<figure><figcaption>").append(Xml.text(caption)).append("</figcaption>\n")
                .append(BarChart.svg(caption, bars, legend, words)).append("</figure>\n");
    }

    private static List<BarChart.Bar> bySeverity(Report report, Labels words) {
        List<BarChart.Bar> bars = new ArrayList<>();
        report.summary().findingsBySeverity().forEach((severity, count) -> bars.add(new BarChart.Bar(words.severity(severity), Map.of(severity, count))));
        return bars;
    }

    private static List<BarChart.Bar> bySection(Report report) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            String section = f.section() != null ? f.section() : f.reference();
            counts.computeIfAbsent(section, k -> new LinkedHashMap<>()).merge(f.severity(), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue())).toList();
    }

    private static void causes(StringBuilder out, Report report, Labels words) {
        if (report.causes().isEmpty()) {
            return;
        }
        out.append("<h2>").append(Xml.text(words.causes())).append("</h2>\n");
        for (Report.Cause c : report.causes()) {
            out.append("<div class=\"cause\">\n<h3>").append(Xml.text(c.title())).append("</h3>\n<p>→ ")
                    .append(c.findings().stream().map(id -> "<code>" + Xml.text(id) + "</code>").collect(Collectors.joining(", "))).append("</p>\n");
            evidence(out, c.evidence());
            out.append("<h4>").append(Xml.text(words.plan())).append("</h4>\n");
            actions(out, c.actions(), words);
            out.append("</div>\n");
        }
    }

    private static void finding(StringBuilder out, Report report, Finding f, Labels words) {
        out.append("<details class=\"finding ").append(Xml.attribute(f.severity())).append("\">\n<summary><span class=\"badge\">")
                .append(Xml.text(words.severity(f.severity()))).append("</span><code>").append(Xml.text(f.ruleId())).append("</code> ")
                .append(Xml.text(f.title()));
        if (f.baseline() != null) {
            out.append("<span class=\"state ").append(Xml.attribute(f.baseline())).append("\">").append(Xml.text(words.baseline(f.baseline())))
                    .append("</span>");
        }
        out.append("</summary>\n");
        out.append("<p class=\"certainty\">").append(Xml.text(words.certainty(f.certainty()))).append("</p>\n");
        out.append("<h4>").append(Xml.text(words.evidence())).append("</h4>\n");
        evidence(out, f.evidence());
        out.append("<h4>").append(Xml.text(words.actions())).append("</h4>\n");
        Report.Cause cause = report.causes().stream().filter(c -> c.findings().contains(f.ruleId())).findFirst().orElse(null);
        if (cause != null) {
            out.append("<p>").append(Xml.text(words.seePlan() + " \"" + cause.title() + "\"")).append("</p>\n");
        } else {
            actions(out, f.actions(), words);
        }
        if (f.reference() != null) {
            out.append("<p>").append(Xml.text(words.reference() + words.colon())).append(' ')
                    .append(link(f.section() != null ? f.section() : f.reference(), f.reference())).append("</p>\n");
        }
        out.append("</details>\n");
    }

    private static void evidence(StringBuilder out, List<Evidence> evidence) {
        out.append("<ul class=\"evidence\">\n");
        for (Evidence e : evidence) {
            out.append("<li>").append(Xml.text(e.text()));
            if (!e.facts().isEmpty()) {
                out.append("\n<table class=\"facts\"><tbody>\n");
                for (EvidenceFact fact : e.facts()) {
                    out.append("<tr><td><code>").append(Xml.text(fact.pointer())).append("</code></td><td>").append(Xml.text(fact.type()))
                            .append("</td><td>").append(Xml.text(describe(fact.data()))).append("</td></tr>\n");
                }
                out.append("</tbody></table>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static String describe(Map<String, Object> data) {
        if (data == null) {
            return "";
        }
        return data.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static void actions(StringBuilder out, List<Action> actions, Labels words) {
        out.append("<ol>\n");
        for (Action a : actions) {
            if (a.isChoice()) {
                out.append("<li>").append(Xml.text(a.text() != null ? a.text() : words.oneOf())).append("\n<ul>\n");
                for (Action alt : a.alternatives()) {
                    out.append("<li>");
                    step(out, alt);
                    out.append("</li>\n");
                }
                out.append("</ul>\n</li>\n");
            } else {
                out.append("<li>");
                step(out, a);
                out.append("</li>\n");
            }
        }
        out.append("</ol>\n");
    }

    private static void step(StringBuilder out, Action a) {
        out.append(Xml.text(a.text()));
        if (a.command() != null) {
            out.append("<pre><code>").append(Xml.text(a.command())).append("</code></pre>");
        }
    }

    private static void notChecked(StringBuilder out, Report report, Labels words) {
        if (report.notChecked().isEmpty()) {
            return;
        }
        out.append("<h2>").append(Xml.text(words.notChecked())).append("</h2>\n<table>\n<thead><tr><th>").append(Xml.text(words.rule()))
                .append("</th><th>").append(Xml.text(words.title())).append("</th><th>").append(Xml.text(words.needs()))
                .append("</th></tr></thead>\n<tbody>\n");
        for (NotChecked n : report.notChecked()) {
            out.append("<tr><td><code>").append(Xml.text(n.ruleId())).append("</code></td><td>").append(Xml.text(n.title()))
                    .append("</td><td>").append(Xml.text(String.join(", ", n.missingFacts()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A link for http and https addresses only: any other scheme (javascript:, data:) is shown as text. */
    private static String link(String text, String url) {
        if (WebAddress.isWeb(url)) {
            return "<a href=\"" + Xml.attribute(url) + "\">" + Xml.text(text) + "</a>";
        }
        return Xml.text(url);
    }
}
