package org.mabsadvisor.formats;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes the report of a fleet while it is analysed: each host's part as soon as it comes, in input
 * order, so that no writer ever holds the reports of the whole fleet. A part that must come before
 * the hosts but depends on all of them (totals, the fleet summary) is written at the end, the hosts'
 * parts waiting in a temporary file meanwhile.
 */
public interface FleetWriter extends Closeable {

    /** The report of one host. */
    void host(Report report) throws IOException;

    /** An input that could not be analysed. */
    void failure(HostFailure failure) throws IOException;

    /** Ends the document with the fleet summary and the warnings about waivers of the whole run. */
    void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException;

    /** Removes any temporary file; the output itself is left to its owner. */
    @Override
    default void close() throws IOException {
    }
}
