package org.mabsadvisor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.Explainer;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.report.Explanation;
import org.mabsadvisor.formats.ExplanationWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Says which documented errors match errors pasted from a dialog or a log, why, and what to do. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Show which documented errors match error ids, error codes or messages pasted from an error dialog, an alert or a log:"
                    + " why each matches, the actions to take, and what to check on the server to confirm the cause."
                    + " Several errors can be given as arguments, or one per line on standard input ('-' or no argument)."
                    + " Nothing is collected from the server."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mabs-advisor explain 100050",
            "  mabs-advisor explain \"Error ID: 2013\" 0x29834",
            "  mabs-advisor explain CBPSourceSnapshotFailedReplicaCloningIssue",
            "  mabs-advisor explain --lang fr \"Le réplica est incohérent.\"",
            "  mabs-advisor explain --format json - < failed-jobs.txt"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every error given matches a documented error or a rule",
            "1:at least one error matches nothing documented",
            "2:bad usage or rules that cannot be used"
        })
final class ExplainCommand implements Callable<Integer> {

    /** More pasted lines than anyone pastes by hand: a bigger input is refused rather than read on. */
    static final int MAX_ERRORS = 10_000;
    /** Longer than any error message the product writes. */
    static final int MAX_LENGTH = 64 * 1024;

    @Parameters(arity = "0..*", paramLabel = "ERROR",
            description = "An error id, error code or message, quoted; '-' or none: one per line on standard input.")
    List<String> errors = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or markdown (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or fr (default: the system's language when it is French, else English).")
    String language;

    @Option(names = "--no-color", description = "Never colour the output.")
    boolean noColor;

    @CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String lang = Language.choose(language);
        if (lang == null) {
            err.println("mabs-advisor: --lang must be en or fr, not '" + language + "'");
            return ExitCodes.INVALID;
        }
        if (!List.of("text", "json", "markdown").contains(format)) {
            err.println("mabs-advisor: explain writes text, json or markdown, not '" + format + "'");
            return ExitCodes.INVALID;
        }
        List<String> pasted;
        try {
            pasted = pastedErrors(err);
        } catch (IOException e) {
            err.println("mabs-advisor: standard input cannot be read: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (pasted == null) {
            return ExitCodes.INVALID;
        }
        if (pasted.isEmpty()) {
            err.println("mabs-advisor: give the error id, code or message to explain (as an argument, or one per line on standard input)");
            return ExitCodes.INVALID;
        }
        RuleSet rules = ruleOptions.load(err);
        if (rules == null) {
            return ExitCodes.INVALID;
        }
        try {
            Advisor advisor = new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, VersionProvider.version());
            Explanation explanation = new Explainer(advisor).explain(pasted, lang, VersionProvider.version());
            ExplanationWriter writer = new ExplanationWriter(!noColor && System.getenv("NO_COLOR") == null && System.console() != null);
            out.print(switch (format) {
                case "json" -> writer.json(explanation);
                case "markdown" -> writer.markdown(explanation);
                default -> writer.text(explanation);
            });
            out.flush();
            return explanation.allDocumented() ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (RuleFailureException e) {
            err.println("mabs-advisor: the rules failed on this error: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    /** The errors given: the arguments, with '-' (or no argument at all) standing for the lines of standard input. */
    private List<String> pastedErrors(PrintWriter err) throws IOException {
        List<String> pasted = new ArrayList<>();
        if (errors.isEmpty() && System.console() != null) {
            // Nothing given on a terminal: waiting for typed lines would look like a hang.
            return pasted;
        }
        List<String> given = errors.isEmpty() ? List.of("-") : errors;
        for (String e : given) {
            if (!e.equals("-")) {
                if (!e.isBlank()) {
                    pasted.add(e);
                }
                continue;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            // Read a character at a time up to the limit: a stream without line ends (a device, a
            // binary file) is refused at the limit instead of filling memory.
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); ; c = in.read()) {
                if (c != -1 && c != '\n') {
                    if (line.length() == MAX_LENGTH) {
                        err.println("mabs-advisor: standard input, line " + (lineNumber + 1) + ": longer than " + MAX_LENGTH + " characters");
                        return null;
                    }
                    line.append((char) c);
                    continue;
                }
                if (c == -1 && line.length() == 0) {
                    break;
                }
                lineNumber++;
                String text = line.toString();
                line.setLength(0);
                if (!text.isBlank()) {
                    pasted.add(text);
                }
                if (pasted.size() > MAX_ERRORS) {
                    err.println("mabs-advisor: standard input: more than " + MAX_ERRORS + " errors; give fewer at a time");
                    return null;
                }
                if (c == -1) {
                    break;
                }
            }
        }
        return pasted;
    }
}
