package org.mabsadvisor.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a fleet as CSV: the header, then each host's rows as it comes; the host column tells the
 * servers apart. Inputs that could not be analysed have no row: the file holds findings only.
 */
public final class CsvFleetReport implements FleetWriter {
    private final CsvReport csv;
    private final Writer out;

    public CsvFleetReport(Writer out, boolean status) throws IOException {
        this.out = out;
        this.csv = new CsvReport(status);
        StringBuilder header = new StringBuilder();
        csv.header(header);
        out.write(header.toString());
    }

    @Override
    public void host(Report report) throws IOException {
        StringBuilder rows = new StringBuilder();
        csv.rows(rows, report);
        out.write(rows.toString());
    }

    @Override
    public void failure(HostFailure failure) {
        // Only findings have rows; failures are in every other format and on standard error.
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        out.flush();
    }
}
