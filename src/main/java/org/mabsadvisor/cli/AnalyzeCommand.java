package org.mabsadvisor.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.mabsadvisor.findings.RulesVersion;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.formats.ReportFormat;
import java.io.IOException;
import org.mabsadvisor.input.Inert;
import org.mabsadvisor.input.InputFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.mabsadvisor.baseline.Baseline;
import org.mabsadvisor.baseline.InvalidBaselineException;
import org.mabsadvisor.engine.Firing;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.host.HostPipeline;
import org.mabsadvisor.fleet.Diagnostics;
import org.mabsadvisor.fleet.FailOn;
import org.mabsadvisor.fleet.Fleet;
import org.mabsadvisor.fleet.FleetRunner;
import org.mabsadvisor.fleet.Inputs;
import org.mabsadvisor.report.FindingSelection;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;
import org.mabsadvisor.waivers.InvalidWaiversException;
import org.mabsadvisor.waivers.WaiverFile;
import org.mabsadvisor.waivers.Waivers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Analyses the facts of one MABS server, or of a fleet of them, and reports what the rules found. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Analyse the facts collected from MABS servers and report the documented problems "
            + "found, with evidence, ordered actions and a link to the article section that "
            + "explains them. One facts file gives that server's report; several inputs, a "
            + "folder or an NDJSON stream give a fleet report: every host, then a summary."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mabs-advisor analyze facts-samples/healthy.json",
            "  mabs-advisor analyze --format json --output report.json server1.json",
            "  mabs-advisor analyze -o html=report.html -o sarif=report.sarif server1.json",
            "  mabs-advisor analyze --rules site-rules --fail-on medium server1.json",
            "  type facts.json | mabs-advisor analyze -",
            "  mabs-advisor analyze facts/ -o html=fleet.html --waivers waivers.yaml",
            "  mabs-advisor analyze --baseline last-week.json --fail-on-new facts/",
            "  collect-all | mabs-advisor analyze --ndjson - --format json > fleet.json"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on level",
            "1:findings at or above the --fail-on level (with --fail-on-new: new ones)",
            "2:bad usage, unreadable or invalid input, policy, rules, waivers or baseline; in a fleet, any input"
                + " that could not be analysed (2 wins over 1)",
            "3:internal error of the tool (please report it)",
            "4:a report could not be written (disk full, standard output closed...): it is lost, whatever the findings"
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Facts file (JSON) of one server, - for standard input, a folder (its *.json files, recursively),"
                    + " or an NDJSON stream (*.ndjson: one facts document per line). Several inputs make a fleet.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    ReportFormat format;

    @CommandLine.Mixin
    RuleOptions ruleOptions;

    AnalyzeCommand() {
        this(null);
    }

    /** An analysis that may take over the default rules, already loading (see {@link RuleOptions#ahead}). */
    AnalyzeCommand(RulesLoading ahead) {
        ruleOptions = new RuleOptions(ahead);
    }

    @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT=]FILE", converter = ReportOutput.Converter.class,
            description = "Write the report to FILE (atomically) instead of standard output. FORMAT=FILE writes that format "
                    + "(text, json, junit, sarif, markdown, html, csv) to FILE, - being standard output; repeat it to write "
                    + "several formats in one run. Without a plain FILE, the --format report still goes to standard output "
                    + "unless another report does.")
    List<ReportOutput> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at this severity or above: critical, high, medium, low, info, or none (default: ${DEFAULT-VALUE}).",
            defaultValue = "high")
    String failOn;

    @Option(names = "--severity", paramLabel = "LEVEL",
            description = "List only the findings at this severity or above: critical, high, medium, low or info (all by default). "
                    + "Those left out do not count for --fail-on either.")
    String severity;

    @Option(names = "--only", paramLabel = "ID|FAMILY",
            description = "List only the findings of this rule (AV-01) or family of rules (AV: the ids before the dash); repeatable.")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "ID|FAMILY",
            description = "Leave out the findings of this rule or family of rules; repeatable.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A YAML file of waivers: findings accepted on given hosts until a date (docs/reports.md). Waived findings are "
                    + "listed apart and leave the exit code alone.")
    Path waiversFile;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON report (of one host or a fleet): findings are marked new or unchanged, and those gone are listed as resolved.")
    Path baselineFile;

    @Option(names = "--remediation", paramLabel = "FILE",
            description = "Also write the PowerShell remediation script of this server's findings to FILE, as `remediate` does from "
                    + "the JSON report (one server only; docs/remediation.md).")
    Path remediation;

    @Option(names = "--fail-on-new", description = "With --baseline: exit 1 only for new findings at or above the --fail-on level.")
    boolean failOnNew;

    @Option(names = "--ndjson", description = "Read standard input (-) as an NDJSON stream: one facts document per line.")
    boolean ndjson;

    @Option(names = "--fail-fast", description = "In a fleet, stop at the first input that cannot be analysed (reports hold the hosts before it).")
    boolean failFast;

    @Option(names = "--jobs", paramLabel = "N", description = "Hosts analysed at once in a fleet (default: the number of processors).")
    Integer jobs;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the report: en or fr (default: the system's language when it is French, else English).")
    String language;

    @Option(names = "--no-color", description = "Never colour the text report (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors: no warning, no progress bar.")
    boolean quiet;

    @Option(names = "--trace", description = "Print every rule firing, in order, with the facts it matched, on standard error.")
    boolean trace;

    @Option(names = "--max-firings", paramLabel = "N", description = "Loop guard: stop a run whose rules fire more than N times plus 10 per fact, or one rule more than min(N, 1000) times on the same facts (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + RuleRunner.DEFAULT_MAX_FIRINGS)
    int maxFirings;

    @Option(names = "--max-input-mb", paramLabel = "MB",
            description = "Refuse a facts file larger than this, before reading it (default: ${DEFAULT-VALUE}).", defaultValue = "64")
    int maxInputMegabytes;

    @Option(names = "--max-list-items", paramLabel = "N",
            description = "Refuse facts with a list (events, data sources...) longer than this (default: ${DEFAULT-VALUE}).",
            defaultValue = "100000")
    int maxListItems;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS",
            description = "Stop the analysis when the rules run longer than this (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int ruleTimeoutSeconds;

    @Option(names = "--debug", description = "Show Java stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** When this run started, which every report of it states (to the second: a report is not a benchmark). */
    private final String analysedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = failOn.equals("none") ? null : Severity.parse(failOn);
        if (threshold == null && !failOn.equals("none")) {
            return usage(err, "--fail-on must be one of critical, high, medium, low, info, none, not '" + failOn + "'");
        }
        String lang = Language.choose(language);
        if (lang == null) {
            return usage(err, "--lang must be en or fr, not '" + language + "'");
        }
        if (maxFirings < 1) {
            return usage(err, "--max-firings must be at least 1");
        }
        if (maxInputMegabytes < 1 || maxListItems < 1) {
            return usage(err, "--max-input-mb and --max-list-items must be at least 1");
        }
        if (ruleTimeoutSeconds < 1) {
            return usage(err, "--rule-timeout must be at least 1 second");
        }
        if (jobs != null && jobs < 1) {
            return usage(err, "--jobs must be at least 1");
        }
        if (severity != null && Severity.parse(severity) == null) {
            return usage(err, "--severity must be one of critical, high, medium, low, info, not '" + severity + "'");
        }
        if (failOnNew && baselineFile == null) {
            return usage(err, "--fail-on-new needs --baseline: new findings are those not in the baseline");
        }
        try {
            List<ReportOutput> targets = ReportOutput.resolve(outputs, format);
            List<Path> read = new ArrayList<>(ruleOptions.filesRead());
            read.add(waiversFile);
            read.add(baselineFile);
            inputs.forEach(input -> read.add(Path.of(input)));
            FilesRead readFiles = FilesRead.of(read);
            String conflict = ReportOutput.conflict(targets, inputs, readFiles);
            if (conflict == null && remediation != null) {
                conflict = remediationConflict(targets, readFiles);
            }
            if (conflict != null) {
                return usage(err, conflict);
            }
            // The rules load on the other core while this one reads the facts.
            ruleOptions.loadInBackground(err);
            FactsInput facts = new FactsInput(System.in, new InputLimits(maxInputMegabytes * 1024L * 1024L,
                    InputLimits.DEFAULT.maxStringLength(), InputLimits.DEFAULT.maxNestingDepth(), maxListItems));
            if (remediation != null && Inputs.isFleet(inputs, ndjson, facts)) {
                return usage(err, "--remediation is for one server; for a fleet, run remediate on each host's JSON report");
            }
            if (Inputs.isFleet(inputs, ndjson, facts)) {
                return fleet(facts, targets, lang, new FailOn(threshold, failOnNew), out, err);
            }
            return single(facts, targets, lang, new FailOn(threshold, failOnNew), out, err);
        } catch (InvalidFactsException e) {
            err.println("mabs-advisor: the facts are not valid:");
            printProblems(err, e.problems());
            return ExitCodes.INVALID;
        } catch (InvalidBundleException e) {
            FactsInput.printProblems(err, e);
            return ExitCodes.INVALID;
        } catch (InvalidWaiversException e) {
            err.println("mabs-advisor: the waivers are not valid:");
            printProblems(err, e.problems());
            return ExitCodes.INVALID;
        } catch (InvalidBaselineException e) {
            err.println("mabs-advisor: the baseline cannot be used:");
            printProblems(err, e.problems());
            return ExitCodes.INVALID;
        } catch (RuleFailureException e) {
            err.println("mabs-advisor: the analysis stopped: " + Inert.line(e.getMessage()));
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            return ExitCodes.INVALID;
        } catch (OutputFailedException e) {
            err.println("mabs-advisor: " + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        } catch (IOException e) {
            err.println("mabs-advisor: " + InputFiles.reason(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("mabs-advisor: interrupted");
            return ExitCodes.INTERNAL;
        }
    }

    /** One server: today's report, rendered whole before anything is written. */
    private int single(FactsInput facts, List<ReportOutput> targets, String lang, FailOn failing, PrintWriter out, PrintWriter err)
            throws InvalidFactsException, InvalidBundleException, IOException, InvalidWaiversException,
            InvalidBaselineException, RuleFailureException {
        String input = inputs.get(0);
        HostFacts host = facts.load(input);
        if (!quiet) {
            host.warnings().forEach(w -> err.println("mabs-advisor: warning: " + w));
        }
        // withRules re-runs without a site rule file that fails while running (--skip-broken-rules);
        // the waiver and baseline files are read inside, and their problems carried out of it.
        SingleRun run = ruleOptions.withRules(err, rules -> {
            try {
                String unknown = unknownRuleName(rules);
                if (unknown != null) {
                    return new SingleRun(null, null, null, null, unknown);
                }
                Waivers waivers = waivers(rules);
                Report analysed = analysis(rules, lang, waivers, false, err).analyze(host, input);
                return new SingleRun(analysed, waivers, null, null, null);
            } catch (InvalidWaiversException e) {
                return new SingleRun(null, null, e, null, null);
            } catch (InvalidBaselineException e) {
                return new SingleRun(null, null, null, e, null);
            }
        });
        if (run == null) {
            return ExitCodes.INVALID;
        }
        if (run.unknownRule() != null) {
            return usage(err, unknownRuleMessage(run.unknownRule()));
        }
        if (run.waiverProblem() != null) {
            throw run.waiverProblem();
        }
        if (run.baselineProblem() != null) {
            throw run.baselineProblem();
        }
        Report report = run.report();
        Waivers waivers = run.waivers();
        // The run is this one report: the warnings about the run's waivers are its own.
        List<WaiverNotice> notices = waivers.runNotices().stream()
                .filter(n -> report.waiverNotices().stream().noneMatch(mine -> mine.waiver().equals(n.waiver())))
                .toList();
        Report whole = notices.isEmpty() ? report : report.withWaivers(report.findings(), report.waived(), concat(report.waiverNotices(), notices));
        if (!quiet) {
            whole.waiverNotices().forEach(n -> err.println("mabs-advisor: warning: " + Inert.line(n.message())));
        }
        String script = null;
        if (remediation != null) {
            script = RemediateCommand.script(JsonMapper.builder().build().readTree(new JsonReport().render(whole)), ruleOptions.ruleFolders, lang,
                    Path.of(input).getFileName().toString(), err);
            if (script == null) {
                return ExitCodes.INVALID;
            }
        }
        write(whole, targets, out);
        if (script != null) {
            // UTF-8 with a byte order mark: Windows PowerShell 5.1 reads a script without one in the ANSI code page.
            AtomicOutput.write(remediation, "\uFEFF" + script);
        }
        return failing.failsOn(whole) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The outcome of the one-server analysis, or the problem of the waiver or baseline file it met. */
    private record SingleRun(Report report, Waivers waivers, InvalidWaiversException waiverProblem, InvalidBaselineException baselineProblem,
            String unknownRule) {
    }

    private static String unknownRuleMessage(String name) {
        return "no rule has the id or family '" + name + "' (--only, --skip); 'mabs-advisor rules list' lists them";
    }

    /** Many servers: each host's part written as it is analysed, in input order, then the fleet summary. */
    private int fleet(FactsInput facts, List<ReportOutput> targets, String lang, FailOn failing, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException, InvalidWaiversException,
            InvalidBaselineException {
        RuleSet ruleSet = ruleOptions.load(err);
        if (ruleSet == null) {
            return ExitCodes.INVALID;
        }
        String unknown = unknownRuleName(ruleSet);
        if (unknown != null) {
            return usage(err, unknownRuleMessage(unknown));
        }
        Waivers waivers = waivers(ruleSet);
        HostPipeline analysis = analysis(ruleSet, lang, waivers, true, err);
        Inputs all = Inputs.of(inputs, ndjson, System.in, facts);
        Diagnostics diagnostics = new Diagnostics(err, quiet, Terminal.stderr(), all.total());
        FleetRunner runner = new FleetRunner(analysis, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), failFast);
        Report.Tool tool = new Report.Tool("mabs-advisor", VersionProvider.version(), RulesVersion.of(ruleSet));
        try (FleetOutputs writers = FleetOutputs.open(targets, out, tool, lang, colour(), hasStatus())) {
            Fleet.Verdict verdict = new Fleet(runner, writers, diagnostics, failing, waivers, baselineFile != null, debug).run(all);
            if (verdict.analysed() == 0 && verdict.failed() == 0) {
                // An empty stream (or folder) is no fleet in good health: nothing was looked at. No file is put in place.
                err.println("mabs-advisor: no host to analyse: the inputs held no facts document (an empty NDJSON stream?)");
                return ExitCodes.INVALID;
            }
            writers.commit();
            return verdict.failed() > 0 ? ExitCodes.INVALID : verdict.failing() ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
    }

    /** The analysis of one host, shared by every thread: the rules, then the baseline, then the waivers. */
    private HostPipeline analysis(RuleSet ruleSet, String lang, Waivers waivers, boolean fleet, PrintWriter err) throws InvalidBaselineException {
        Advisor advisor = new Advisor(ruleSet, new RunLimits(maxFirings, Duration.ofSeconds(ruleTimeoutSeconds)), VersionProvider.version());
        Baseline baseline = baselineFile == null ? Baseline.none() : Baseline.load(baselineFile);
        BiConsumer<String, Firing> tracer = trace ? (input, firing) -> trace(err, fleet ? "[" + input + "] " : "", firing) : (input, firing) -> { };
        return new HostPipeline(advisor, lang, baseline, waivers, tracer, selection(), analysedAt, RulesVersion.of(ruleSet));
    }

    /** Why the script cannot go where --remediation says (onto a report or onto a file the run reads), or null. */
    private String remediationConflict(List<ReportOutput> targets, FilesRead read) {
        Path script = remediation.toAbsolutePath().normalize();
        for (ReportOutput o : targets) {
            if (!o.toStdout() && Path.of(o.file()).toAbsolutePath().normalize().equals(script)) {
                return "--remediation " + remediation + " is also an --output; give each its own file";
            }
        }
        Path same = read.sameAs(remediation);
        return same == null ? null : "--remediation " + remediation + " is " + same + ", which this run reads; refusing to overwrite it";
    }

    /** The findings to list, as --severity, --only and --skip say. */
    private FindingSelection selection() {
        return new FindingSelection(severity == null ? null : Severity.parse(severity).label(), only, skip);
    }

    /** The first --only or --skip name that names no rule of the set, or null: a typo would otherwise silently list nothing. */
    private String unknownRuleName(RuleSet ruleSet) {
        List<String> ids = ruleSet.rules().rules().stream().filter(r -> !r.isCause()).map(RuleInfo::findingId).toList();
        for (String name : concat(only, skip)) {
            if (ids.stream().noneMatch(id -> FindingSelection.names(name, id))) {
                return name;
            }
        }
        return null;
    }

    private Waivers waivers(RuleSet ruleSet) throws InvalidWaiversException {
        if (waiversFile == null) {
            return Waivers.none();
        }
        Set<String> rows = ruleSet.rules().rules().stream().filter(r -> !r.isCause()).map(RuleInfo::findingId).collect(Collectors.toSet());
        return new Waivers(new WaiverFile().load(waiversFile, rows), LocalDate.now());
    }

    /** True when the run has waivers or a baseline, whose status the CSV report gives in columns of their own. */
    private boolean hasStatus() {
        return waiversFile != null || baselineFile != null;
    }

    /** Renders every output before writing any: a writer that fails then leaves no file written. */
    private void write(Report report, List<ReportOutput> targets, PrintWriter out) throws IOException {
        Map<ReportOutput, String> rendered = new LinkedHashMap<>();
        for (ReportOutput target : targets) {
            rendered.put(target, target.format().writer(target.toStdout() && colour(), hasStatus()).render(report));
        }
        for (Map.Entry<ReportOutput, String> e : rendered.entrySet()) {
            if (e.getKey().toStdout()) {
                out.print(e.getValue());
                out.flush();
            } else {
                AtomicOutput.write(Path.of(e.getKey().file()), e.getValue());
            }
        }
    }

    private boolean colour() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }

    private static void trace(PrintWriter err, String prefix, Firing firing) {
        String facts = firing.facts().stream()
                .map(m -> m.pointer() != null ? m.pointer() + " " + m.fact() : m.fact().getClass().getSimpleName())
                .collect(Collectors.joining("; "));
        // The facts are shown as they are: one line, their control characters made visible.
        err.println(Inert.line(prefix + "fired " + firing.rule().id() + " \"" + firing.rule().name() + "\" (" + firing.rule().file() + ":"
                + firing.rule().line() + ") matched: " + facts));
        err.flush();
    }

    private static void printProblems(PrintWriter err, List<InputProblem> problems) {
        for (InputProblem p : problems) {
            err.println("  " + p);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private int usage(PrintWriter err, String message) {
        err.println("mabs-advisor: " + message);
        err.println("Try 'mabs-advisor analyze --help' for usage.");
        return ExitCodes.INVALID;
    }
}
