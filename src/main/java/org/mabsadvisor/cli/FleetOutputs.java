package org.mabsadvisor.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.formats.FleetWriter;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Every output of a fleet run, each written by its format's fleet writer as the hosts come: a file
 * through a temporary file that {@link #commit()} renames in place once all are complete, standard
 * output directly. Closing without a commit leaves no file changed and no temporary file behind.
 */
final class FleetOutputs implements FleetWriter {
    private final List<FleetWriter> writers = new ArrayList<>();
    private final List<AtomicOutput.Pending> files = new ArrayList<>();

    private FleetOutputs() {
    }

    /** Opens every target; {@code colour} is for a text report on standard output. */
    static FleetOutputs open(List<ReportOutput> targets, PrintWriter out, Report.Tool tool, String language, boolean colour, boolean status)
            throws IOException {
        FleetOutputs outputs = new FleetOutputs();
        try {
            // Files first: a file that cannot be created stops the run before anything reaches standard output.
            for (ReportOutput target : targets) {
                if (!target.toStdout()) {
                    AtomicOutput.Pending file = AtomicOutput.open(Path.of(target.file()));
                    outputs.files.add(file);
                    outputs.writers.add(target.format().fleetWriter(file.writer(), tool, language, file.folder(), false, status));
                }
            }
            for (ReportOutput target : targets) {
                if (target.toStdout()) {
                    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
                    outputs.writers.add(target.format().fleetWriter(out, tool, language, temp, colour, status));
                }
            }
        } catch (IOException | RuntimeException e) {
            outputs.close();
            throw e;
        }
        return outputs;
    }

    @Override
    public void host(Report report) throws IOException {
        for (FleetWriter w : writers) {
            w.host(report);
        }
    }

    @Override
    public void failure(HostFailure failure) throws IOException {
        for (FleetWriter w : writers) {
            w.failure(failure);
        }
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        for (FleetWriter w : writers) {
            w.finish(summary, notices);
        }
    }

    /** Puts every finished file in place. */
    void commit() throws IOException {
        for (AtomicOutput.Pending file : files) {
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : closeables()) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private List<Closeable> closeables() {
        List<Closeable> all = new ArrayList<>(writers);
        all.addAll(files);
        return all;
    }
}
