package org.mabsadvisor.fleet;

import java.io.IOException;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.FleetTally;
import org.mabsadvisor.formats.FleetWriter;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.WaiverNotice;
import org.mabsadvisor.waivers.Waivers;

/**
 * Analyses a fleet into its reports: each result, in input order, goes to the writers, the tally
 * and standard error as it comes, and is dropped; the fleet summary and the warnings about the
 * run's waivers close the reports.
 */
public final class Fleet {
    private final FleetRunner runner;
    private final FleetWriter writer;
    private final Diagnostics diagnostics;
    private final FailOn failOn;
    private final Waivers waivers;
    private final boolean compared;
    private final boolean debug;

    /** How the run went: hosts analysed, inputs failed, whether a report fails the run, whether --fail-fast stopped it. */
    public record Verdict(int analysed, int failed, boolean failing, boolean stopped) {
    }

    /** {@code compared}: a baseline was given; {@code debug}: print the stack trace behind a rules failure. */
    public Fleet(FleetRunner runner, FleetWriter writer, Diagnostics diagnostics, FailOn failOn, Waivers waivers, boolean compared,
            boolean debug) {
        this.runner = runner;
        this.writer = writer;
        this.diagnostics = diagnostics;
        this.failOn = failOn;
        this.waivers = waivers;
        this.compared = compared;
        this.debug = debug;
    }

    public Verdict run(Iterator<HostInput> inputs) throws IOException, InterruptedException {
        FleetTally tally = new FleetTally(compared);
        int[] analysed = {0};
        int[] failed = {0};
        boolean[] failing = {false};
        // Host names seen, without regard to case, with the first input of each: two inputs of one
        // name are two servers or one server twice, and either way worth a word (see Baseline).
        Map<String, String> inputOfHost = new HashMap<>();
        boolean complete = runner.run(inputs, result -> {
            if (result instanceof HostResult.Analysed a) {
                a.warnings().forEach(w -> diagnostics.warning(w.toString()));
                String first = inputOfHost.putIfAbsent(a.report().host().toLowerCase(Locale.ROOT), a.report().input());
                if (first != null) {
                    diagnostics.warning("host " + a.report().host() + " is in two inputs, " + first + " and " + a.report().input()
                            + (compared ? ": against the baseline, each is compared with the report of its own file name, or else all its findings count as new"
                                    : ": both are reported"));
                }
                tally.add(a.report());
                writer.host(a.report());
                failing[0] |= failOn.failsOn(a.report());
                analysed[0]++;
            } else if (result instanceof HostResult.Failed f) {
                HostFailure failure = f.failure();
                diagnostics.error("cannot analyse " + failure.input() + (failure.stage().equals(HostFailure.RULES)
                        ? ": the rules failed on its facts:" : ": the facts are not valid:"),
                        failure.problems().stream().map(InputProblem::toString).toList());
                if (debug && f.cause() != null) {
                    diagnostics.stackTrace(f.cause());
                }
                tally.failed();
                writer.failure(failure);
                failed[0]++;
            }
            diagnostics.progress(analysed[0] + failed[0], failed[0]);
        });
        if (!complete) {
            diagnostics.error("stopped at the first input that could not be analysed (--fail-fast)");
        }
        List<WaiverNotice> notices = waivers.runNotices();
        notices.forEach(n -> diagnostics.warning(n.message()));
        writer.finish(tally.summary(), notices);
        diagnostics.done();
        return new Verdict(analysed[0], failed[0], failing[0], !complete);
    }
}
