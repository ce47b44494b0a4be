package org.mabsadvisor.formats;

import org.mabsadvisor.input.Inert;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.EvidenceFact;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.ResolvedFinding;
import org.mabsadvisor.report.WaivedFinding;

/**
 * Writes a report as CSV (RFC 4180), one row per finding, for spreadsheets. Every cell is quoted,
 * and a cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
 * return) is prefixed with a single quote, so that a fact value is never run as a formula. With
 * {@code status} columns (runs with waivers or a baseline), waived and resolved findings get rows
 * of their own too.
 */
public final class CsvReport implements ReportWriter {

    /** The columns, in order; the names are fixed so that scripts can rely on them. */
    static final List<String> COLUMNS = List.of("host", "input", "rule", "severity", "certainty", "section", "title",
            "evidence", "facts", "actions", "reference", "root cause", "collected", "analysed", "tool", "rules");

    /** The columns added when the run has waivers or a baseline: new, unchanged, waived or resolved, and the waiver. */
    static final List<String> STATUS_COLUMNS = List.of("status", "waiver");

    private static final String LINE_END = "\r\n";

    private final boolean status;

    /** Today's columns only. */
    public CsvReport() {
        this(false);
    }

    /** {@code status}: add the status and waiver columns, and rows for waived and resolved findings. */
    public CsvReport(boolean status) {
        this.status = status;
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        header(out);
        rows(out, report);
        return out.toString();
    }

    void header(StringBuilder out) {
        List<String> columns = new ArrayList<>(COLUMNS);
        if (status) {
            columns.addAll(STATUS_COLUMNS);
        }
        row(out, columns);
    }

    /** The rows of one host. */
    void rows(StringBuilder out, Report report) {
        Labels words = Labels.of(report.language());
        for (Finding f : report.findings()) {
            row(out, findingRow(report, f, words), f.baseline() == null ? "" : f.baseline(), "");
        }
        if (!status) {
            return;
        }
        for (WaivedFinding w : report.waived()) {
            row(out, findingRow(report, w.finding(), words), "waived", words.waiverLine(w.waiver()) + " [" + w.waiver().source() + "]");
        }
        for (ResolvedFinding r : report.resolved()) {
            row(out, List.of(nonNull(report.host()), nonNull(report.input()), nonNull(r.ruleId()), nonNull(r.severity()), "",
                    nonNull(r.section()), nonNull(r.title()), "", "", "", nonNull(r.reference()), "", nonNull(report.collectedAt()),
                    nonNull(report.analysedAt()), tool(report), nonNull(report.tool().rules())), "resolved", "");
        }
    }

    private void row(StringBuilder out, List<String> cells, String state, String waiver) {
        List<String> all = new ArrayList<>(cells);
        if (status) {
            all.add(state);
            all.add(waiver);
        }
        row(out, all);
    }

    private static List<String> findingRow(Report report, Finding f, Labels words) {
        String evidence = f.evidence().stream().map(Evidence::text).collect(Collectors.joining("\n"));
        String pointers = f.evidence().stream().flatMap(e -> e.facts().stream()).map(EvidenceFact::pointer)
                .distinct().collect(Collectors.joining(" "));
        String cause = report.causes().stream().filter(c -> c.findings().contains(f.ruleId())).map(Report.Cause::title)
                .collect(Collectors.joining("\n"));
        return List.of(report.host(), report.input(), f.ruleId(), f.severity(), f.certainty(), nonNull(f.section()),
                f.title(), evidence, pointers, actions(f.actions(), words), nonNull(f.reference()), cause, nonNull(report.collectedAt()),
                nonNull(report.analysedAt()), tool(report), nonNull(report.tool().rules()));
    }

    private static String tool(Report report) {
        return report.tool().name() + " " + report.tool().version();
    }

    /** The actions as numbered lines, alternatives lettered under their number, commands after "> ". */
    private static String actions(List<Action> actions, Labels words) {
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (Action a : actions) {
            String number = (n++) + ". ";
            if (a.isChoice()) {
                lines.add(number + (a.text() != null ? a.text() : words.oneOf()));
                char letter = 'a';
                for (Action alt : a.alternatives()) {
                    lines.add("   " + (letter++) + ") " + step(alt));
                }
            } else {
                lines.add(number + step(a));
            }
        }
        return String.join("\n", lines);
    }

    private static String step(Action a) {
        return nonNull(a.text()) + (a.command() == null ? "" : " > " + a.command());
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CsvReport::cell).collect(Collectors.joining(","))).append(LINE_END);
    }

    /**
     * One quoted cell, defused against formula injection, also behind leading spaces or a line
     * break; control characters and bidirectional overrides shown as {@code <U+XXXX>}, line breaks kept.
     */
    static String cell(String value) {
        String v = Inert.keepingLines(nonNull(value));
        String start = v.stripLeading();
        if (!v.isEmpty() && ("=+-@\t\r\n".indexOf(v.charAt(0)) >= 0 || (!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0))) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
