package org.mabsadvisor.cli;

import org.mabsadvisor.report.JsonReport;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.TextReport;

/** The formats a report can be written in. */
enum ReportFormat {
    text, json;

    /** Renders the report; {@code colour} only matters to formats read on a terminal. */
    String render(Report report, boolean colour) {
        return switch (this) {
            case json -> new JsonReport().render(report);
            case text -> new TextReport(colour).render(report);
        };
    }
}
