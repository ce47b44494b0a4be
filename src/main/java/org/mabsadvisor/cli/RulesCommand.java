package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mabsadvisor.authoring.RuleScaffold;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.engine.SourceDocument;
import org.mabsadvisor.engine.Trigger;
import org.mabsadvisor.findings.RuleTexts;
import org.mabsadvisor.report.RuleOverride;
import org.mabsadvisor.ruletest.RuleCoverage;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleCatalogue;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.formats.RuleListing;
import org.mabsadvisor.report.RuleSummary;
import org.mabsadvisor.ruletest.RuleTestResult;
import org.mabsadvisor.ruletest.RuleTests;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists, validates and tests rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List, validate, test and scaffold rules: the built-in ones and those of your own folders.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class, RulesCommand.Test.class, RulesCommand.NewRule.class})
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (list, validate, test, new)");
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

        @Option(names = "--family", paramLabel = "FAMILY", description = "Only the rules of a family: TLS lists TLS-01, TLS-02...")
        String family;

        @Option(names = "--source", paramLabel = "SOURCE",
                description = "Only the rules whose section belongs to a document: MABS-TS, MARS-TS, TLS, FAQ, INSTALL, RN, NEW, SCHED-KB, KB4096064.")
        String source;

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
            if (source != null && SourceDocument.of(source.toUpperCase(Locale.ROOT)) == null) {
                err.println("mabs-advisor: --source must be one of " + String.join(", ", SourceDocument.shortNames()) + ", not '" + source + "'");
                return ExitCodes.INVALID;
            }
            RuleSet rules = ruleOptions.load(err);
            if (rules == null) {
                return ExitCodes.INVALID;
            }
            List<RuleSummary> list = RuleCatalogue.of(rules, lang).stream()
                    .filter(r -> family == null || RuleCatalogue.family(r.id()).equalsIgnoreCase(family))
                    .filter(r -> source == null || (r.section() != null && r.source().equalsIgnoreCase(source)))
                    .toList();
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

    @Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Compile the rules of the folders together with the built-in ones and check their metadata, texts "
                + "and site configuration, and what rules should not do (imports outside the allow-list, System.exit, "
                + "processes, files, network, threads, reflection): a guard against mistakes, not a sandbox.",
                "Every problem is printed as file:line:column: message."},
            footerHeading = "%nExamples:%n",
            footer = {"  mabs-advisor rules validate", "  mabs-advisor rules validate site-rules",
                "  mabs-advisor rules validate site-rules --site-config site.yaml"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the rules are valid", "2:problems were found"})
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..*", description = "Rule folders to check (none: only the built-in rules).")
        List<Path> folders = new ArrayList<>();

        @CommandLine.Mixin
        RuleOptions ruleOptions = new RuleOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            // Validation reports every problem: it never skips a broken file.
            RuleSet rules = ruleOptions.load(spec.commandLine().getErr(), folders, false);
            if (rules == null) {
                return ExitCodes.INVALID;
            }
            PrintWriter out = spec.commandLine().getOut();
            for (RuleOverride o : rules.overrides()) {
                out.println(o.origin() + ": " + o.ruleId() + " " + switch (o.change()) {
                    case "disabled" -> "is disabled";
                    case "severity" -> "severity " + o.from() + " -> " + o.to();
                    default -> "replaced by " + o.to();
                });
            }
            out.println(rules.rules().rules().size() + " rules are valid.");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Run the rule test cases (*.tests.yaml) found in the folders, against the built-in rules plus those folders. "
                + "Prints each case as passed or failed, with what differed, and a closing line 'N passed, N failed'."},
            footerHeading = "%nExamples:%n",
            footer = {"  mabs-advisor rules test site-rules", "  mabs-advisor rules test site-rules --coverage --min-coverage 100"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed (and the coverage reached --min-coverage)", "1:a case failed, or the coverage is too low",
                "2:the rules cannot be used"})
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders holding rules and their test cases.")
        List<Path> folders = new ArrayList<>();

        @Option(names = "--coverage", description = "Also list the rules of the folders that no case showed firing, or not firing.")
        boolean coverage;

        @Option(names = "--min-coverage", paramLabel = "PERCENT",
                description = "Fail when less than PERCENT of the checks (two per rule: shown to fire, shown not to fire) are made; implies --coverage.")
        Integer minCoverage;

        @CommandLine.Mixin
        RuleOptions ruleOptions = new RuleOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
                err.println("mabs-advisor: --min-coverage must be a percentage from 0 to 100, not " + minCoverage);
                return ExitCodes.INVALID;
            }
            Path builtIn = normal(AdvisorHome.builtInRules());
            RuleSet rules = ruleOptions.load(err, folders.stream().filter(f -> !normal(f).equals(builtIn)).toList(), true);
            if (rules == null) {
                return ExitCodes.INVALID;
            }
            RuleTests tests = new RuleTests(new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, VersionProvider.version()));
            List<RuleTestResult> results = new ArrayList<>();
            int failed = 0;
            try {
                for (Path file : RuleTests.testFiles(folders)) {
                    for (RuleTestResult r : tests.run(file)) {
                        results.add(r);
                        if (r.passed()) {
                            out.println("PASS " + r.file() + ": " + r.name());
                        } else {
                            failed++;
                            out.println("FAIL " + r.file() + ": " + r.name());
                            r.failures().forEach(f -> out.println("       " + f));
                        }
                    }
                }
            } catch (IOException e) {
                err.println("mabs-advisor: " + e.getMessage());
                return ExitCodes.INVALID;
            }
            boolean tooLow = false;
            if (coverage || minCoverage != null) {
                RuleCoverage c = RuleCoverage.of(idsIn(rules, folders), results);
                printCoverage(out, c);
                if (minCoverage != null && c.percent() < minCoverage) {
                    tooLow = true;
                    out.println("Coverage " + (int) Math.floor(c.percent()) + "% is below --min-coverage " + minCoverage + "%.");
                }
            }
            out.println((results.size() - failed) + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 && !tooLow ? ExitCodes.OK : ExitCodes.FINDINGS;
        }

        private static void printCoverage(PrintWriter out, RuleCoverage c) {
            int rules = c.ruleIds().size();
            out.println("Coverage: " + (int) Math.floor(c.percent()) + "% (" + c.shown() + " of " + c.checks() + " checks: "
                    + rules + (rules == 1 ? " rule" : " rules") + " in the folders, each to be shown firing and not firing)");
            out.println("  never shown to fire: " + (c.neverShownFiring().isEmpty() ? "none" : String.join(", ", c.neverShownFiring())));
            out.println("  never shown not to fire: " + (c.neverShownSilent().isEmpty() ? "none" : String.join(", ", c.neverShownSilent())));
        }

        /** Ids of the rules written in the tested folders, in catalogue order. */
        private static List<String> idsIn(RuleSet rules, List<Path> folders) {
            List<Path> tested = folders.stream().map(Test::normal).toList();
            return RuleCatalogue.of(rules, "en").stream()
                    .filter(r -> tested.stream().anyMatch(Path.of(r.file()).toAbsolutePath().normalize()::startsWith))
                    .map(RuleSummary::id)
                    .toList();
        }

        private static Path normal(Path p) {
            return p.toAbsolutePath().normalize();
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Scaffold a site rule in a folder: ID.drl with its metadata, ID.texts.yaml with placeholder texts, "
                + "and tests/ID.tests.yaml with a case that fails until the rule is written.",
                "Existing files are never overwritten. docs/authoring-rules.md walks through the rest."},
            footerHeading = "%nExamples:%n",
            footer = {"  mabs-advisor rules new SITE-01 --dir site-rules",
                "  mabs-advisor rules new SITE-02 --dir site-rules --language en --severity high",
                "  mabs-advisor rules new SITE-03 --dir site-rules --reference https://kb.example"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the files were written", "2:bad usage, or a file already exists"})
    static final class NewRule implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The id of the new rule, such as SITE-01.")
        String id;

        @Option(names = "--dir", paramLabel = "DIR", required = true, description = "The rule folder to write into (created if needed).")
        Path dir;

        @Option(names = "--language", paramLabel = "LANG",
                description = "Write texts in this language only (en or fr) and declare it with @languages (default: both).")
        String language;

        @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "medium",
                description = "critical, high, medium, low or info (default: ${DEFAULT-VALUE}).")
        String severity;

        @Option(names = "--trigger", paramLabel = "KIND", defaultValue = "state",
                description = "state (a condition of the server) or error (a recorded error) (default: ${DEFAULT-VALUE}).")
        String trigger;

        @Option(names = "--reference", paramLabel = "URL",
                description = "The page that documents the rule, for the report's link (default: a placeholder to replace).")
        String reference;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Severity level = Severity.parse(severity);
            Trigger kind = Trigger.parse(trigger);
            String problem = !id.matches(RuleInfo.ID_SYNTAX) ? "the id must be letters, digits, - or _, with an optional .suffix, not '" + id + "'"
                    : level == null ? "--severity must be one of critical, high, medium, low, info, not '" + severity + "'"
                    : kind == null ? "--trigger must be state or error, not '" + trigger + "'"
                    : language != null && !RuleTexts.LANGUAGES.contains(language) ? "--language must be en or fr, not '" + language + "'"
                    : reference != null && !reference.matches("https?://\\S+") ? "--reference must be a link starting with https://"
                    : null;
            if (problem != null) {
                err.println("mabs-advisor: " + problem);
                err.println("Try 'mabs-advisor rules new --help' for usage.");
                return ExitCodes.INVALID;
            }
            RuleScaffold scaffold = new RuleScaffold(id, level, kind, reference != null ? reference : RuleScaffold.PLACEHOLDER_REFERENCE,
                    language != null ? List.of(language) : RuleTexts.LANGUAGES);
            for (String name : scaffold.files().keySet()) {
                if (Files.exists(dir.resolve(name))) {
                    err.println("mabs-advisor: " + dir.resolve(name) + " already exists; nothing was written");
                    return ExitCodes.INVALID;
                }
            }
            try {
                for (Map.Entry<String, String> file : scaffold.files().entrySet()) {
                    Path target = dir.resolve(file.getKey());
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    AtomicOutput.write(target, file.getValue());
                    out.println("created " + target);
                }
            } catch (IOException e) {
                err.println("mabs-advisor: cannot write the rule files: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return ExitCodes.INVALID;
            }
            out.println("Next:");
            out.println("  1. write the condition in " + dir.resolve(scaffold.stem() + ".drl"));
            out.println("  2. write its words in " + dir.resolve(scaffold.stem() + ".texts.yaml"));
            out.println("  3. write its test cases in " + dir.resolve("tests/" + scaffold.stem() + ".tests.yaml"));
            out.println("  4. mabs-advisor rules validate " + dir);
            out.println("  5. mabs-advisor rules test " + dir + "   (its first case fails until the rule is written)");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
