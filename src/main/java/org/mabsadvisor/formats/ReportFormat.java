package org.mabsadvisor.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.mabsadvisor.report.Report;

/** The formats a report can be written in. */
public enum ReportFormat {
    text, json, junit, sarif, markdown, html, csv;

    /** The writer of this format; {@code colour} only matters to the text report read on a terminal. */
    public ReportWriter writer(boolean colour) {
        return writer(colour, false);
    }

    /** The writer of this format; {@code status}: the run has waivers or a baseline, which CSV gives columns of their own. */
    public ReportWriter writer(boolean colour, boolean status) {
        return switch (this) {
            case text -> new TextReport(colour);
            case json -> new JsonReport();
            case junit -> new JunitReport();
            case sarif -> new SarifReport();
            case markdown -> new MarkdownReport();
            case html -> new HtmlReport();
            case csv -> new CsvReport(status);
        };
    }

    /**
     * The writer of a fleet in this format, writing to {@code out} as hosts come; parts that must
     * wait for the end go to temporary files in {@code spoolFolder}.
     */
    public FleetWriter fleetWriter(Writer out, Report.Tool tool, String language, Path spoolFolder, boolean colour, boolean status) throws IOException {
        return switch (this) {
            case text -> new TextFleetReport(out, language, colour);
            case json -> new JsonFleetReport(out, tool, language, spoolFolder);
            case junit -> new JunitFleetReport(out, spoolFolder);
            case sarif -> new SarifFleetReport(out, tool, language, spoolFolder);
            case markdown -> new MarkdownFleetReport(out, language, spoolFolder);
            case html -> new HtmlFleetReport(out, tool, language, spoolFolder);
            case csv -> new CsvFleetReport(out, status);
        };
    }

    /** Renders the report; {@code colour} only matters to formats read on a terminal. */
    public String render(Report report, boolean colour) {
        return writer(colour).render(report);
    }

    /** The format of this name, or null. */
    public static ReportFormat named(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
