package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.engine.Firing;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Analyses the facts of one MABS server and reports what the rules found. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Analyse the facts collected from one MABS server and report the documented problems found,",
            "with evidence, ordered actions and a link to the article section that explains them."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mabs-advisor analyze facts-samples/healthy.json",
            "  mabs-advisor analyze mabs-facts-MABS01-20261120T081502Z.zip",
            "  mabs-advisor analyze --format json --output report.json server1.json",
            "  mabs-advisor analyze -o html=report.html -o sarif=report.sarif server1.json",
            "  mabs-advisor analyze --rules site-rules --fail-on medium server1.json",
            "  mabs-advisor analyze --rules site-rules --site-config site.yaml --skip-broken-rules server1.json",
            "  type facts.json | mabs-advisor analyze -"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on level",
            "1:findings at or above the --fail-on level",
            "2:bad usage, unreadable or invalid input, policy or rules",
            "3:internal error of the tool (please report it)"
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "Facts file (JSON) of one server, - for standard input, or the bundle of Collect-MabsFacts.ps1 (its zip, or the folder it was unzipped to).")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    ReportFormat format;

    @CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

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

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the report: en or fr (default: the system's language when it is French, else English).")
    String language;

    @Option(names = "--no-color", description = "Never colour the text report (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = "--trace", description = "Print every rule firing, in order, with the facts it matched, on standard error.")
    boolean trace;

    @Option(names = "--max-firings", paramLabel = "N", description = "Stop a run whose rules fire more than N times: a loop (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + RuleRunner.DEFAULT_MAX_FIRINGS)
    int maxFirings;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS",
            description = "Stop the analysis when the rules run longer than this (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int ruleTimeoutSeconds;

    @Option(names = "--debug", description = "Show Java stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        if (ruleTimeoutSeconds < 1) {
            return usage(err, "--rule-timeout must be at least 1 second");
        }
        try {
            List<ReportOutput> targets = ReportOutput.resolve(outputs, format);
            String conflict = ReportOutput.conflict(targets, input);
            if (conflict != null) {
                return usage(err, conflict);
            }
            FactsInput reader = new FactsInput(System.in);
            FactsInput.Loaded facts = reader.read(input);
            reader.warnings(input, facts.document()).forEach(w -> err.println("mabs-advisor: warning: " + w));
            RunLimits limits = new RunLimits(maxFirings, Duration.ofSeconds(ruleTimeoutSeconds));
            Report report = ruleOptions.withRules(err, rules -> new Advisor(rules, limits, VersionProvider.version())
                    .analyze(FactSet.of(facts.document()), input, lang, trace ? firing -> trace(err, firing) : firing -> { })
                    .withCollection(facts.collectionProblems()));
            if (report == null) {
                return ExitCodes.INVALID;
            }
            write(report, targets, out);
            return failing(report, threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (InvalidFactsException e) {
            err.println("mabs-advisor: the facts are not valid:");
            for (InputProblem p : e.problems()) {
                err.println("  " + p);
            }
            return ExitCodes.INVALID;
        } catch (InvalidBundleException e) {
            FactsInput.printProblems(err, e);
            return ExitCodes.INVALID;
        } catch (RuleFailureException e) {
            err.println("mabs-advisor: the analysis stopped: " + e.getMessage());
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            return ExitCodes.INVALID;
        } catch (IOException e) {
            err.println("mabs-advisor: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INVALID;
        }
    }

    private static boolean failing(Report report, Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Finding f : report.findings()) {
            Severity s = Severity.parse(f.severity());
            if (s != null && s.atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    /** Renders every output before writing any: a writer that fails then leaves no file written. */
    private void write(Report report, List<ReportOutput> targets, PrintWriter out) throws IOException {
        Map<ReportOutput, String> rendered = new LinkedHashMap<>();
        for (ReportOutput target : targets) {
            rendered.put(target, target.format().render(report, target.toStdout() && colour()));
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

    private static void trace(PrintWriter err, Firing firing) {
        String facts = firing.facts().stream()
                .map(m -> m.pointer() != null ? m.pointer() + " " + m.fact() : m.fact().getClass().getSimpleName())
                .collect(Collectors.joining("; "));
        err.println("fired " + firing.rule().id() + " \"" + firing.rule().name() + "\" (" + firing.rule().file() + ":"
                + firing.rule().line() + ") matched: " + facts);
        err.flush();
    }

    private int usage(PrintWriter err, String message) {
        err.println("mabs-advisor: " + message);
        err.println("Try 'mabs-advisor analyze --help' for usage.");
        return ExitCodes.INVALID;
    }
}
