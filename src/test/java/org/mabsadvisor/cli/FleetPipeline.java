package org.mabsadvisor.cli;

import org.mabsadvisor.formats.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.baseline.Baseline;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.fleet.Diagnostics;
import org.mabsadvisor.fleet.FailOn;
import org.mabsadvisor.fleet.Fleet;
import org.mabsadvisor.fleet.FleetRunner;
import org.mabsadvisor.host.HostPipeline;
import org.mabsadvisor.fleet.Inputs;
import org.mabsadvisor.formats.FleetWriter;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.waivers.Waivers;

/**
 * The fleet path of {@code analyze} as the command line puts it together (its facts input, rule
 * loading and report formats, which are not public), for benchmarks that run it many times in one
 * process: the rules are loaded once, then each run is what {@code analyze FILE.ndjson --quiet
 * --format FORMAT} does after loading them, without waivers or a baseline.
 */
public final class FleetPipeline {
    private FleetPipeline() {
    }

    /** The built-in rules (rules-drl/ of the working folder, or of mabs.advisor.home), loaded as analyze loads them. */
    public static RuleSet builtInRules() {
        RuleSet rules = new RuleOptions().load(new PrintWriter(System.err, true));
        if (rules == null) {
            throw new IllegalStateException("the built-in rules cannot be loaded");
        }
        return rules;
    }

    /** Analyses every input into one report of {@code format} written to {@code sink}, on {@code threads} threads. */
    public static Fleet.Verdict analyse(RuleSet rules, List<String> inputs, int threads, String format, Writer sink)
            throws IOException, InterruptedException {
        FactsInput facts = new FactsInput(InputStream.nullInputStream());
        Advisor advisor = new Advisor(rules, RunLimits.DEFAULT, VersionProvider.version());
        HostPipeline analysis = new HostPipeline(advisor, "en", Baseline.none(), Waivers.none(), (input, firing) -> { });
        Inputs all = Inputs.of(inputs, false, InputStream.nullInputStream(), facts);
        Diagnostics diagnostics = new Diagnostics(new PrintWriter(Writer.nullWriter()), true, false, all.total());
        FleetRunner runner = new FleetRunner(analysis, threads, false);
        Report.Tool tool = new Report.Tool("mabs-advisor", VersionProvider.version());
        Path spool = Path.of(System.getProperty("java.io.tmpdir"));
        try (FleetWriter writer = ReportFormat.valueOf(format).fleetWriter(sink, tool, "en", spool, false, false)) {
            return new Fleet(runner, writer, diagnostics, new FailOn(Severity.HIGH, false), Waivers.none(), false, false).run(all);
        }
    }
}
