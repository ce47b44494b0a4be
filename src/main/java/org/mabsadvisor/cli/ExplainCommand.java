package org.mabsadvisor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.Explainer;
import org.mabsadvisor.findings.RuleCatalogue;
import org.mabsadvisor.report.RuleSummary;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows the rules, and their actions, that match an error id, code or message. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Show which documented problems match an error id, error code or message pasted from an",
            "error dialog or a log, with the actions to take. Nothing is collected from the server."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mabs-advisor explain 100050",
            "  mabs-advisor explain 0x29834",
            "  mabs-advisor explain CBPSourceSnapshotFailedReplicaCloningIssue",
            "  mabs-advisor explain --lang fr \"Le réplica est incohérent.\""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:at least one rule matches",
            "1:no rule matches",
            "2:bad usage or rules that cannot be used"
        })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ERROR", description = "The error id, error code or message, quoted.")
    String error;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    ReportFormat format;

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
        if (error.isBlank()) {
            err.println("mabs-advisor: give the error id, code or message to explain");
            return ExitCodes.INVALID;
        }
        RuleSet rules = ruleOptions.load(err);
        if (rules == null) {
            return ExitCodes.INVALID;
        }
        try {
            Report report = new Explainer(new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, VersionProvider.version())).explain(error, lang);
            if (report.findings().isEmpty() && format == ReportFormat.text) {
                // A bare id may need its context (an install, an e-mail) to match: point at the rules that name it.
                List<RuleSummary> named = RuleCatalogue.mentioning(rules, error, lang);
                if (!named.isEmpty()) {
                    out.println(lang.equals("fr") ? "Aucune règle ne reconnaît cette erreur seule ; ces règles la citent :"
                            : "No rule recognises this error on its own; these rules name it:");
                    named.forEach(r -> out.println("  [" + r.id() + "] " + r.title()));
                    out.println(lang.equals("fr") ? "Collez le message complet, ou lancez analyze sur les faits du serveur."
                            : "Paste the whole message, or run analyze on the server's facts.");
                    out.flush();
                    return ExitCodes.OK;
                }
            }
            out.print(format.render(report, !noColor && System.getenv("NO_COLOR") == null && System.console() != null));
            out.flush();
            return report.findings().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (RuleFailureException e) {
            err.println("mabs-advisor: the rules failed on this error: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }
}
