package org.mabsadvisor.cli;

import org.mabsadvisor.report.CsvReport;
import org.mabsadvisor.report.HtmlReport;
import org.mabsadvisor.report.JsonReport;
import org.mabsadvisor.report.JunitReport;
import org.mabsadvisor.report.MarkdownReport;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.ReportWriter;
import org.mabsadvisor.report.SarifReport;
import org.mabsadvisor.report.TextReport;

/** The formats a report can be written in. */
enum ReportFormat {
    text, json, junit, sarif, markdown, html, csv;

    /** The writer of this format; {@code colour} only matters to the text report read on a terminal. */
    ReportWriter writer(boolean colour) {
        return switch (this) {
            case text -> new TextReport(colour);
            case json -> new JsonReport();
            case junit -> new JunitReport();
            case sarif -> new SarifReport();
            case markdown -> new MarkdownReport();
            case html -> new HtmlReport();
            case csv -> new CsvReport();
        };
    }

    /** Renders the report; {@code colour} only matters to formats read on a terminal. */
    String render(Report report, boolean colour) {
        return writer(colour).render(report);
    }

    /** The format of this name, or null. */
    static ReportFormat named(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
