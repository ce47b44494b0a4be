package org.mabsadvisor.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a fleet as JUnit XML: one test suite per host as for a single host, and one per input that
 * could not be analysed, with an error. The root element carries the totals, so the suites wait in
 * a temporary file until the last host is done.
 */
public final class JunitFleetReport implements FleetWriter {
    private final JunitReport junit = new JunitReport();
    private final Writer out;
    private final Spool suites;
    private int tests;
    private int failures;
    private int errors;
    private int skipped;

    public JunitFleetReport(Writer out, Path spoolFolder) throws IOException {
        this.out = out;
        this.suites = new Spool(spoolFolder);
    }

    @Override
    public void host(Report report) throws IOException {
        StringBuilder suite = new StringBuilder();
        junit.suite(suite, report);
        suites.append(suite);
        tests += JunitReport.tests(report);
        failures += JunitReport.failures(report);
        skipped += JunitReport.skipped(report);
    }

    /** A suite named after the input, whose one test case (facts or rules) is in error. */
    @Override
    public void failure(HostFailure failure) throws IOException {
        String input = Xml.attribute(failure.input());
        String first = failure.problems().isEmpty() ? failure.stage() : failure.problems().get(0).toString();
        String all = failure.problems().stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
        suites.append("  <testsuite name=\"" + input + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
                + "    <testcase classname=\"" + input + "\" name=\"" + (failure.stage().equals(HostFailure.RULES) ? "rules" : "facts")
                + "\" time=\"0\">\n      <error message=\"" + Xml.attribute(first) + "\" type=\"" + Xml.attribute(failure.stage()) + "\">"
                + Xml.text(all) + "</error>\n    </testcase>\n  </testsuite>\n");
        tests++;
        errors++;
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"mabs-advisor\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" time=\"0\">\n");
        suites.copyTo(out);
        out.write("</testsuites>\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        suites.close();
    }
}
