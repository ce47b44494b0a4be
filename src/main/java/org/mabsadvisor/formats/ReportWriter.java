package org.mabsadvisor.formats;

import org.mabsadvisor.report.Report;

/**
 * Writes a report in one format. Each writer builds its document from per-host parts, so that a
 * fleet of reports can later be written by the same writer around a list of hosts.
 */
@FunctionalInterface
public interface ReportWriter {

    /** The whole document for one server. */
    String render(Report report);
}
