package org.mabsadvisor.formats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mabsadvisor.report.Report;

/** A horizontal bar chart as inline SVG: one bar per label, stacked by severity, with an optional legend. */
final class BarChart {
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_WIDTH = 330;
    private static final int ROW = 24;
    private static final int MAX_LABEL = 38;

    /** The colour of each severity, shared with the page's style so that chart and headings agree. */
    static final Map<String, String> COLOURS = Map.of(
            "critical", "#7b1fa2", "high", "#c62828", "medium", "#ef6c00", "low", "#0277bd", "info", "#546e7a");

    /** One bar: its label and its count of findings per severity. */
    record Bar(String label, Map<String, Integer> bySeverity) {
        int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars, boolean legend, Labels words) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        int height = bars.size() * ROW + (legend ? 36 : 4);
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" aria-label=\"").append(Xml.attribute(title))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n<title>").append(Xml.text(title)).append("</title>\n");
        int y = 0;
        for (Bar bar : bars) {
            out.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(Xml.text(shortened(bar.label()))).append("</text>\n");
            double x = LABEL_WIDTH;
            for (String severity : Report.SEVERITIES) {
                int count = bar.bySeverity().getOrDefault(severity, 0);
                if (count == 0) {
                    continue;
                }
                double w = (double) BAR_WIDTH * count / max;
                out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(y + 4).append("\" width=\"").append(number(w))
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(COLOURS.get(severity)).append("\"><title>")
                        .append(Xml.text(bar.label() + ": " + count + " " + words.severity(severity))).append("</title></rect>\n");
                x += w;
            }
            out.append("<text x=\"").append(number(x + 6)).append("\" y=\"").append(y + 16).append("\">").append(bar.total()).append("</text>\n");
            y += ROW;
        }
        if (legend) {
            legend(out, y, words);
        }
        return out.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder out, int y, Labels words) {
        int x = LABEL_WIDTH;
        for (String severity : Report.SEVERITIES) {
            out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 14).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS.get(severity)).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 24).append("\">")
                    .append(Xml.text(words.severity(severity))).append("</text>\n");
            x += 76;
        }
    }

    private static String shortened(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
