package org.mabsadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.engine.CompiledRuleCache;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.findings.RuleSetOptions;
import org.mabsadvisor.policy.InvalidPolicyException;
import org.mabsadvisor.report.SkippedFile;
import org.mabsadvisor.site.InvalidSiteConfigException;
import org.mabsadvisor.site.SiteConfig;
import org.mabsadvisor.site.SiteConfigLoader;
import picocli.CommandLine.Option;

/** The options that choose the rules, the policy and the site configuration, shared by every command that loads rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of extra DRL rules (with their .texts.yaml); repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "A YAML file overriding thresholds of the default policy.")
    Path policy;

    @Option(names = "--site-config", paramLabel = "FILE",
            description = "A YAML file that disables rules, changes their severity or replaces built-in rules by site rules "
                    + "(disable: [ID...], severity: {ID: LEVEL}, replace: [ID...]).")
    Path siteConfig;

    @Option(names = "--disable", paramLabel = "ID", description = "Do not run the rule with this id; repeatable.")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--skip-broken-rules",
            description = "Leave out site rule files that are invalid, run the rest, and report what was left out and why.")
    boolean skipBrokenRules;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled rule folders are kept between runs (default: MABS_ADVISOR_CACHE, "
                    + "else the user's cache folder; see `mabs-advisor cache`).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile the rule folders (other than the built-in one shipped compiled) "
            + "at this run, without reading or writing the cache.")
    boolean noCache;

    @Option(names = "--allow-unsafe-rules",
            description = "Run site rules that do what rules should not (files, network, processes, reflection...), with a warning.")
    boolean allowUnsafeRules;

    /** The files and folders these options make the run read, which no output may overwrite. */
    List<Path> filesRead() {
        List<Path> read = new ArrayList<>(ruleFolders);
        read.add(policy);
        read.add(siteConfig);
        return read;
    }

    /** Every option of this class: a command line with none of them loads the default rules. */
    static final List<String> NAMES = List.of("--rules", "--policy", "--site-config", "--disable", "--cache-dir", "--no-cache",
            "--skip-broken-rules", "--allow-unsafe-rules");

    /** Default rules started before the command line was parsed, if they were. */
    private RulesLoading ahead;

    /** Rules being loaded in the background, for the next load. */
    private RulesLoading early;

    /** True when the options were found wrong (and said so) by {@link #loadInBackground}. */
    private boolean refused;

    RuleOptions() {
    }

    /** Options that take over the default rules already loading, should the command line name none of these options. */
    RuleOptions(RulesLoading ahead) {
        this.ahead = ahead;
    }

    /**
     * Starts loading the default rules, before the command line is parsed, when no argument can
     * be one of these options (an {@code @file} of arguments might hold one); null otherwise.
     * Whether they are used is decided once the command line is parsed.
     */
    static RulesLoading ahead(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("@") || NAMES.stream().anyMatch(name -> arg.equals(name) || arg.startsWith(name + "="))) {
                return null;
            }
        }
        return RulesLoading.start(defaults());
    }

    /** The default rules: the built-in ones, with the default cache. */
    private static RuleSetOptions defaults() {
        return new RuleSetOptions(AdvisorHome.builtInRules(), List.of(), null, SiteConfig.NONE, false, false, Map.of(),
                CompiledRuleCache.at(AdvisorHome.cacheFolder()));
    }

    private boolean allDefault() {
        return ruleFolders.isEmpty() && policy == null && siteConfig == null && disabled.isEmpty() && cacheDir == null
                && !noCache && !skipBrokenRules && !allowUnsafeRules;
    }

    /** Something to do with loaded rules, such as analysing a server. */
    @FunctionalInterface
    interface RuleWork<T> {
        T run(RuleSet rules) throws RuleFailureException;
    }

    /** Loads the built-in rules and the extra folders; prints every problem and returns null when they cannot be used. */
    RuleSet load(PrintWriter err) {
        Loaded loaded = firstLoad(err);
        if (loaded == null || loaded.rules() == null) {
            return null;
        }
        warn(err, loaded.rules());
        return loaded.rules();
    }

    /** Rules loaded with their options; {@code rules} is null when they cannot be used (the problems are printed). */
    private record Loaded(RuleSetOptions options, RuleSet rules) {
    }

    /**
     * The first load of a command: the rules loading in the background when they were started,
     * else loaded now; null when the options themselves were refused.
     */
    private Loaded firstLoad(PrintWriter err) {
        RulesLoading started = early;
        early = null;
        if (refused) {
            return null;
        }
        if (started != null) {
            return new Loaded(started.options(), outcome(err, started.options(), true, started.outcome()));
        }
        RuleSetOptions options = options(err, List.of(), true);
        return options == null ? null : new Loaded(options, load(err, options, true));
    }

    /**
     * Loads the built-in rules, the {@code --rules} folders and {@code moreFolders}; broken site
     * files are skipped only when the command may run without them ({@code maySkip}) and the user
     * asked for it. Prints every problem and returns null when the rules cannot be used; prints a
     * warning for what was skipped or let through.
     */
    RuleSet load(PrintWriter err, List<Path> moreFolders, boolean maySkip) {
        RuleSetOptions options = options(err, moreFolders, maySkip);
        RuleSet rules = options == null ? null : load(err, options, maySkip);
        if (rules != null) {
            warn(err, rules);
        }
        return rules;
    }

    /**
     * Loads the rules and does the work with them. With {@code --skip-broken-rules}, a site rule
     * that fails while running (it throws, or loops) has its file left out, and the work is done
     * again without it; a failing built-in rule always stops. Returns null, with the problems
     * printed, when the rules cannot be used.
     */
    <T> T withRules(PrintWriter err, RuleWork<T> work) throws RuleFailureException {
        Loaded loaded = firstLoad(err);
        while (loaded != null && loaded.rules() != null) {
            try {
                // Before the rules run, not after: a rule let through may be what stops the run.
                warnUnsafe(err, loaded.rules());
                T result = work.run(loaded.rules());
                warn(err, loaded.rules(), false);
                return result;
            } catch (RuleFailureException e) {
                RuleInfo rule = e.rule();
                RuleSetOptions options = loaded.options();
                if (!options.skipBrokenSiteRules() || rule == null || !RuleSet.inSiteFile(Path.of(rule.file()), options)) {
                    throw e;
                }
                RuleSetOptions without = options.leavingOut(Path.of(rule.file()),
                        rule.file() + ":" + rule.line() + ":1: failed while running: " + e.getMessage());
                loaded = new Loaded(without, load(err, without, true));
            }
        }
        return null;
    }

    /**
     * Starts loading the rules {@link #withRules} or {@link #load(PrintWriter)} will use on a
     * thread of its own, so that a run reads its facts on one core while the rules load on the
     * other. Problems are printed by those methods, in order, as if the rules were loaded there.
     */
    void loadInBackground(PrintWriter err) {
        if (ahead != null && allDefault()) {
            early = ahead;
            ahead = null;
            return;
        }
        RuleSetOptions options = options(err, List.of(), true);
        if (options == null) {
            // Already said why: the load only has to stop.
            refused = true;
            return;
        }
        early = RulesLoading.start(options);
    }

    private RuleSetOptions options(PrintWriter err, List<Path> moreFolders, boolean maySkip) {
        List<Path> folders = new ArrayList<>(ruleFolders);
        folders.addAll(moreFolders);
        try {
            SiteConfig site = siteConfig == null ? SiteConfig.NONE : new SiteConfigLoader().load(siteConfig);
            return new RuleSetOptions(AdvisorHome.builtInRules(), folders, policy, site.disabling(disabled),
                    maySkip && skipBrokenRules, allowUnsafeRules, Map.of(),
                    noCache ? CompiledRuleCache.none() : CompiledRuleCache.at(cacheDir != null ? cacheDir : AdvisorHome.cacheFolder()));
        } catch (InvalidSiteConfigException e) {
            printProblems(err, e);
            return null;
        }
    }

    private RuleSet load(PrintWriter err, RuleSetOptions options, boolean maySkip) {
        return outcome(err, options, maySkip, RulesLoading.attempt(options));
    }

    /** The rules loaded, or null with the problems printed. */
    private RuleSet outcome(PrintWriter err, RuleSetOptions options, boolean maySkip, RulesLoading.Outcome loading) {
        try {
            if (loading.problem() != null) {
                throw loading.problem();
            }
            return loading.rules();
        } catch (RuntimeException e) {
            throw e;
        } catch (InvalidRulesException e) {
            printProblems(err, e);
            if (maySkip && !skipBrokenRules && e.problems().stream().allMatch(p -> RuleSet.inSiteFile(Path.of(p.file()), options))) {
                err.println("  (--skip-broken-rules runs the other rules without the broken site files)");
            }
            return null;
        } catch (InvalidPolicyException e) {
            err.println("mabs-advisor: the policy is not valid: " + e.getMessage());
            return null;
        } catch (InvalidSiteConfigException e) {
            printProblems(err, e);
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("unexpected problem loading the rules", e);
        }
    }

    private static void printProblems(PrintWriter err, InvalidSiteConfigException e) {
        err.println("mabs-advisor: the site configuration is not valid:");
        e.problems().forEach(p -> err.println("  " + p));
    }

    private static void warn(PrintWriter err, RuleSet rules) {
        warnUnsafe(err, rules);
        warn(err, rules, false);
    }

    private static void warnUnsafe(PrintWriter err, RuleSet rules) {
        if (!rules.rules().unsafe().isEmpty()) {
            err.println("mabs-advisor: warning: running rules that do what rules should not (--allow-unsafe-rules):");
            rules.rules().unsafe().forEach(p -> err.println("  " + p));
            err.flush();
        }
    }

    private static void warn(PrintWriter err, RuleSet rules, boolean unsafeToo) {
        rules.rules().notes().forEach(note -> err.println("mabs-advisor: note: " + note));
        if (unsafeToo) {
            warnUnsafe(err, rules);
        }
        if (!rules.skipped().isEmpty()) {
            err.println("mabs-advisor: warning: left out broken site rule files (--skip-broken-rules):");
            for (SkippedFile s : rules.skipped()) {
                s.problems().forEach(p -> err.println("  " + p));
            }
        }
        err.flush();
    }

    static void printProblems(PrintWriter err, InvalidRulesException e) {
        err.println("mabs-advisor: the rules cannot be used:");
        for (RuleProblem p : e.problems()) {
            err.println("  " + p);
        }
        if (e.problems().stream().anyMatch(RuleProblem::isUnsafe)) {
            err.println("  (\"unsafe\": what rules should not do; --allow-unsafe-rules runs them anyway, with a warning)");
        }
    }
}
