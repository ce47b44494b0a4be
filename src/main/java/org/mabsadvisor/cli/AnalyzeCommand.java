package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.engine.Firing;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.policy.InvalidPolicyException;
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
            "  mabs-advisor analyze --rules site-rules --fail-on medium server1.json",
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

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
        try {
            if (output != null && !input.equals("-") && Files.exists(output)
                    && Files.isSameFile(output, Path.of(input))) {
                return usage(err, "--output " + output + " is the input file; refusing to overwrite it");
            }
            FactsInput.Loaded facts = new FactsInput(System.in).read(input);
            RuleSet ruleSet = RuleSet.load(AdvisorHome.builtInRules(), ruleOptions.ruleFolders, ruleOptions.policy);
            Advisor advisor = new Advisor(ruleSet, maxFirings, VersionProvider.version());
            Report report = advisor.analyze(FactSet.of(facts.document()), input, lang, trace ? firing -> trace(err, firing) : firing -> { })
                    .withCollection(facts.collectionProblems());
            String rendered = format.render(report, colour(output));
            if (output == null) {
                out.print(rendered);
                out.flush();
            } else {
                AtomicOutput.write(output, rendered);
            }
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
        } catch (InvalidRulesException e) {
            RuleOptions.printProblems(err, e);
            return ExitCodes.INVALID;
        } catch (InvalidPolicyException e) {
            err.println("mabs-advisor: the policy is not valid: " + e.getMessage());
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

    private boolean colour(Path outputFile) {
        return outputFile == null && !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
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
