package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleCatalogue;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.report.RuleListing;
import org.mabsadvisor.report.RuleSummary;
import org.mabsadvisor.ruletest.RuleTestResult;
import org.mabsadvisor.ruletest.RuleTests;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists, validates and tests rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List, validate and test rules: the built-in ones and those of your own folders.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (list, validate, test)");
    }

    /** Formats of the rule list. */
    enum ListFormat { text, json, markdown }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every rule: id, severity, section, title, the facts it reads and its trigger kind.",
            footerHeading = "%nExamples:%n",
            footer = {"  mabs-advisor rules list", "  mabs-advisor rules list --format markdown --lang en > docs/rules.md"})
    static final class ListRules implements Callable<Integer> {
        @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                defaultValue = "text")
        ListFormat format;

        @Option(names = "--lang", paramLabel = "LANG", description = "en or fr (default: the system's language when it is French, else English).")
        String language;

        @CommandLine.Mixin
        RuleOptions ruleOptions = new RuleOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String lang = Language.choose(language);
            if (lang == null) {
                err.println("mabs-advisor: --lang must be en or fr, not '" + language + "'");
                return ExitCodes.INVALID;
            }
            RuleSet rules = ruleOptions.load(err);
            if (rules == null) {
                return ExitCodes.INVALID;
            }
            List<RuleSummary> list = RuleCatalogue.of(rules, lang);
            PrintWriter out = spec.commandLine().getOut();
            out.print(switch (format) {
                case text -> RuleListing.text(list);
                case json -> RuleListing.json(list);
                case markdown -> RuleListing.markdown(list);
            });
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compile the rules of the folders together with the built-in ones and check their metadata and texts.",
                "Every problem is printed as file:line:column: message."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the rules are valid", "2:problems were found"})
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..*", description = "Rule folders to check (none: only the built-in rules).")
        List<Path> folders = new ArrayList<>();

        @Option(names = "--policy", paramLabel = "FILE", description = "A policy file to check as well.")
        Path policy;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RuleOptions options = new RuleOptions();
            options.ruleFolders = folders;
            options.policy = policy;
            RuleSet rules = options.load(spec.commandLine().getErr());
            if (rules == null) {
                return ExitCodes.INVALID;
            }
            spec.commandLine().getOut().println(rules.rules().rules().size() + " rules are valid.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run the rule test cases (*.tests.yaml) found in the folders, against the built-in rules plus those folders.",
                "Prints each case as passed or failed, with what differed, and a closing line 'N passed, N failed'."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed", "1:a case failed", "2:the rules cannot be used"})
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders holding rules and their test cases.")
        List<Path> folders = new ArrayList<>();

        @Option(names = "--policy", paramLabel = "FILE", description = "A policy file to test with.")
        Path policy;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleOptions options = new RuleOptions();
            Path builtIn = AdvisorHome.builtInRules().toAbsolutePath().normalize();
            options.ruleFolders = folders.stream().filter(f -> !f.toAbsolutePath().normalize().equals(builtIn)).toList();
            options.policy = policy;
            RuleSet rules = options.load(spec.commandLine().getErr());
            if (rules == null) {
                return ExitCodes.INVALID;
            }
            RuleTests tests = new RuleTests(new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, VersionProvider.version()));
            int passed = 0;
            int failed = 0;
            try {
                for (Path file : RuleTests.testFiles(folders)) {
                    for (RuleTestResult r : tests.run(file)) {
                        if (r.passed()) {
                            passed++;
                            out.println("PASS " + r.file() + ": " + r.name());
                        } else {
                            failed++;
                            out.println("FAIL " + r.file() + ": " + r.name());
                            r.failures().forEach(f -> out.println("       " + f));
                        }
                    }
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("mabs-advisor: " + e.getMessage());
                return ExitCodes.INVALID;
            }
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
