package org.mabsadvisor.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a fleet as one self-contained HTML page: the fleet summary (hosts with findings by
 * severity, the most frequent rules with their whole titles), a table of every input that sorts and
 * filters in the browser, linking to its host's section, then each host's section as for a single
 * host, kept as inert text that the page's script turns into elements on demand (see
 * {@link FleetPageScript}): a browser builds and lays out the table only, however many hosts. The table and the sections
 * wait in temporary files until the summary, which comes first, is known.
 */
public final class HtmlFleetReport implements FleetWriter {
    private final Writer out;
    private final Report.Tool tool;
    private final String language;
    private final Spool index;
    private final Spool sections;
    private int count;

    public HtmlFleetReport(Writer out, Report.Tool tool, String language, Path spoolFolder) throws IOException {
        this.out = out;
        this.tool = tool;
        this.language = language;
        this.index = new Spool(spoolFolder);
        this.sections = new Spool(spoolFolder);
    }

    @Override
    public void host(Report report) throws IOException {
        String id = "host-" + (++count);
        StringBuilder row = new StringBuilder("<tr><td><a href=\"#").append(id).append("\">").append(Xml.text(report.host()))
                .append("</a></td><td>").append(Xml.text(report.input())).append("</td>");
        report.summary().findingsBySeverity().forEach((severity, n) -> row.append("<td class=\"count\">").append(n).append("</td>"));
        row.append("<td class=\"count\">").append(report.waived().size()).append("</td></tr>\n");
        index.append(row);
        // Raw text to the HTML parser, which only scans it for its end: no element is made until the
        // host is asked for. Every value in it is escaped (no '<' of the facts), so nothing ends it early.
        sections.append("<script type=\"" + FleetPageScript.HOST_TYPE + "\" id=\"t-" + id + "\">" + HtmlReport.host(report, id, false)
                + "</script>\n");
    }

    @Override
    public void failure(HostFailure failure) throws IOException {
        FleetLabels fleet = FleetLabels.of(language);
        String id = "input-" + (++count);
        String first = failure.problems().isEmpty() ? "" : failure.problems().get(0).toString();
        index.append("<tr class=\"failed\"><td><a href=\"#" + id + "\">—</a></td><td>" + Xml.text(failure.input()) + "</td><td colspan=\""
                + (Report.SEVERITIES.size() + 1) + "\">" + Xml.text(fleet.notAnalysed() + ": " + first) + "</td></tr>\n");
        StringBuilder section = new StringBuilder("<section class=\"host failed\" id=\"").append(id).append("\">\n<header><h1>")
                .append(Xml.text(fleet.notAnalysed() + ": " + failure.input())).append("</h1><p class=\"meta\">")
                .append(Xml.text(fleet.stage(failure))).append("</p></header>\n<ul>\n");
        failure.problems().forEach(p -> section.append("<li><code>").append(Xml.text(p.toString())).append("</code></li>\n"));
        sections.append(section.append("</ul>\n</section>\n"));
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        Labels words = Labels.of(language);
        FleetLabels fleet = FleetLabels.of(language);
        StringBuilder head = new StringBuilder(HtmlReport.head(tool.name() + " – " + fleet.title(), language, tool));
        head.append("<section class=\"host fleet\">\n<header><h1>").append(Xml.text(fleet.title())).append("</h1><p class=\"meta\">")
                .append(Xml.text(tool.name() + " " + tool.version())).append("</p></header>\n");
        head.append("<h2>").append(Xml.text(words.summary())).append("</h2>\n<p class=\"summary\">")
                .append(Xml.text(fleet.summaryLine(summary, words))).append("</p>\n<ul class=\"counts\">\n");
        summary.hostsBySeverity().forEach((severity, n) -> head.append("<li class=\"").append(Xml.attribute(severity)).append("\"><b>")
                .append(n).append("</b>").append(Xml.text(words.severity(severity) + " · " + fleet.hosts())).append("</li>\n"));
        head.append("</ul>\n");
        if (summary.hostsWithFindings() > 0) {
            head.append("<div class=\"charts\">\n");
            HtmlReport.figure(head, fleet.hostsBySeverity(), summary.hostsBySeverity().entrySet().stream()
                    .map(e -> new BarChart.Bar(words.severity(e.getKey()), Map.of(e.getKey(), e.getValue()))).toList(), false, words);
            mostFrequent(head, fleet.mostFrequent(), summary.mostFrequentRules(), words);
            head.append("</div>\n");
        }
        if (!notices.isEmpty()) {
            head.append("<h2>").append(Xml.text(words.waiverWarnings())).append("</h2>\n<ul class=\"notices\">\n");
            notices.forEach(n -> head.append("<li>").append(Xml.text(n.message())).append("</li>\n"));
            head.append("</ul>\n");
        }
        boolean fr = "fr".equals(language);
        head.append("<h2>").append(Xml.text(Labels.capitalised(fleet.hosts()))).append("</h2>\n<p class=\"filter\"><label>")
                .append(Xml.text(fr ? "Filtrer : " : "Filter: ")).append("<input type=\"search\" id=\"host-filter\" placeholder=\"")
                .append(Xml.attribute(fr ? "hôte, fichier..." : "host, file...")).append("\"/></label> <span id=\"host-count\">").append(count)
                .append("</span> ").append(Xml.text(fleet.hosts())).append("</p>\n<noscript><p>")
                .append(Xml.text(fr ? "Le détail de chaque hôte s'affiche avec les scripts ; sans eux, voir le rapport Markdown ou JSON."
                        : "Each host's details show with scripts enabled; without them, see the Markdown or JSON report."))
                .append("</p></noscript>\n<table class=\"hosts\">\n<thead><tr><th data-key=\"host\">")
                .append(Xml.text(fleet.host())).append("</th><th data-key=\"input\">").append(Xml.text(fleet.input())).append("</th>");
        Report.SEVERITIES.forEach(severity -> head.append("<th data-key=\"").append(severity).append("\">")
                .append(Xml.text(words.severity(severity))).append("</th>"));
        head.append("<th data-key=\"waived\">").append(Xml.text(fleet.waived())).append("</th></tr></thead>\n<tbody>\n");
        out.write(head.toString());
        index.copyTo(out);
        out.write("</tbody>\n</table>\n</section>\n<div id=\"host-details\"></div>\n");
        sections.copyTo(out);
        out.write("<script>" + FleetPageScript.ELEMENT_TEXT + "</script>\n");
        out.write(HtmlReport.TAIL);
        out.flush();
    }

    /** The most frequent rules as a table: whole titles, which a chart's labels would have to cut, and a bar per rule. */
    private static void mostFrequent(StringBuilder out, String caption, List<FleetSummary.RuleCount> rules, Labels words) {
        int max = Math.max(1, rules.stream().mapToInt(FleetSummary.RuleCount::hosts).max().orElse(1));
        out.append("<figure><figcaption>").append(Xml.text(caption)).append("</figcaption>\n<table class=\"rules\">\n<tbody>\n");
        for (FleetSummary.RuleCount r : rules) {
            int width = Math.max(1, 160 * r.hosts() / max);
            out.append("<tr class=\"").append(Xml.attribute(r.severity())).append("\"><td><span class=\"badge\">")
                    .append(Xml.text(words.severity(r.severity()))).append("</span>").append(Xml.text(r.ruleId())).append("</td><td>")
                    .append(Xml.text(r.title())).append("</td><td class=\"count\">").append(r.hosts())
                    .append("</td><td><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"12\" aria-hidden=\"true\"><rect width=\"")
                    .append(width).append("\" height=\"12\" fill=\"").append(BarChart.COLOURS.getOrDefault(r.severity(), "#546e7a"))
                    .append("\"/></svg></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</figure>\n");
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            sections.close();
        }
    }
}
