package org.mabsadvisor.findings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mabsadvisor.engine.CompiledFrom;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RuleBase;
import org.mabsadvisor.engine.RuleCompiler;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.engine.RuleSources;
import org.mabsadvisor.errors.DocumentedErrors;
import org.mabsadvisor.policy.InvalidPolicyException;
import org.mabsadvisor.policy.Policy;
import org.mabsadvisor.policy.PolicyLoader;
import org.mabsadvisor.report.RuleOverride;
import org.mabsadvisor.report.SkippedFile;
import org.mabsadvisor.site.InvalidSiteConfigException;
import org.mabsadvisor.site.SiteConfig;

/**
 * Everything loaded from rule folders: the compiled rules, their texts, the policy and the table of
 * documented errors, with what the site configuration changed and which broken site files were
 * left out.
 */
public record RuleSet(RuleBase rules, RuleTexts texts, Policy policy, DocumentedErrors errors, List<Path> folders,
        List<RuleOverride> overrides, List<SkippedFile> skipped) {

    public RuleSet {
        folders = List.copyOf(folders);
        overrides = List.copyOf(overrides);
        skipped = List.copyOf(skipped);
    }

    /**
     * Loads the built-in folder (which holds the default policy) followed by the administrator's
     * folders; {@code policyOverride} may be null.
     */
    public static RuleSet load(Path builtIn, List<Path> extraFolders, Path policyOverride)
            throws InvalidRulesException, InvalidPolicyException {
        try {
            return load(RuleSetOptions.of(builtIn, extraFolders, policyOverride));
        } catch (InvalidSiteConfigException e) {
            throw new IllegalStateException("an empty site configuration cannot be wrong", e);
        }
    }

    /**
     * Loads the rules as {@code options} say. A problem in a built-in file always stops the load;
     * one in a site file stops it too, unless broken site files are to be skipped: then they are
     * left out, the rest is compiled again, and {@link #skipped()} says what was left out and why.
     */
    public static RuleSet load(RuleSetOptions options)
            throws InvalidRulesException, InvalidPolicyException, InvalidSiteConfigException {
        List<Path> folders = new ArrayList<>();
        folders.add(options.builtIn());
        folders.addAll(options.siteFolders());
        // The policy is read beside the compilation, which needs nothing of it; a bad policy is still
        // reported before any problem of the rules, as when it was read first.
        CompletableFuture<PolicyRead> policyReading = CompletableFuture.supplyAsync(() -> PolicyRead.of(options));
        Set<Path> leftOut = new LinkedHashSet<>(options.broken().keySet());
        Map<Path, List<String>> skipped = new LinkedHashMap<>();
        options.broken().forEach((file, why) -> skipped.put(file, new ArrayList<>(List.of(why))));
        while (true) {
            RuleBase base = null;
            RuleTexts texts = null;
            DocumentedErrors errors = null;
            List<RuleProblem> problems = new ArrayList<>();
            // The texts are read on another thread while the rules compile, as if every replacement
            // the site asks for takes place; read again in the rare case one does not.
            Set<String> asked = Set.copyOf(options.site().overrides().replaced());
            Set<Path> leavingOut = Set.copyOf(leftOut);
            // After the policy, on the same thread: both are YAML, and the cores are busy with the rules and the facts.
            CompletableFuture<TextsRead> reading = policyReading.thenApplyAsync(p -> TextsRead.of(folders, leavingOut, asked));
            try {
                base = new RuleCompiler(options.cache()).compile(new RuleSources(folders, leftOut, options.site().overrides(), options.allowUnsafeRules()));
                Set<String> replaced = new HashSet<>(asked);
                replaced.retainAll(base.leftOut().stream().map(RuleInfo::id).toList());
                TextsRead read = replaced.equals(asked) ? reading.join() : TextsRead.of(folders, leavingOut, replaced);
                texts = read.texts();
                problems.addAll(read.problems());
                problems.addAll(builtInsSpeakEveryLanguage(options.builtIn(), base.rules()));
                problems.addAll(texts.incomplete(base.rules()));
                List<Path> shippedFolders = base.compiledFrom().stream()
                        .filter(c -> c.origin() == CompiledFrom.Origin.SHIPPED)
                        .map(c -> c.folder().toAbsolutePath().normalize()).toList();
                problems.addAll(texts.unfilled(base.rules(),
                        r -> shippedFolders.stream().anyMatch(f -> Path.of(r.file()).toAbsolutePath().normalize().startsWith(f))));
                // Texts without a rule are only a problem when nothing is skipped: a skipped file leaves its texts behind.
                if (!options.skipBrokenSiteRules()) {
                    List<RuleInfo> known = new ArrayList<>(base.rules());
                    known.addAll(base.leftOut());
                    problems.addAll(texts.unused(known));
                }
                errors = DocumentedErrors.read(options.builtIn(), problems);
                // An error names a catalogue row (a rule's @row, or its id) or a rule.
                Set<String> rows = new HashSet<>();
                base.rules().forEach(r -> rows.addAll(List.of(r.rowId(), r.id())));
                base.leftOut().forEach(r -> rows.addAll(List.of(r.rowId(), r.id())));
                problems.addAll(errors.unknownRows(rows, options.builtIn().resolve(DocumentedErrors.FILE).toString()));
            } catch (InvalidRulesException e) {
                problems.addAll(e.problems());
            }
            Policy policy = policyReading.join().policy();
            if (problems.isEmpty()) {
                return configured(base, texts, policy, errors, folders, options, skipped);
            }
            if (!options.skipBrokenSiteRules() || !leaveOut(problems, options, leftOut, skipped)) {
                throw new InvalidRulesException(problems);
            }
        }
    }

    /** The policy, or why it cannot be used. */
    private record PolicyRead(Policy read, InvalidPolicyException problem) {
        static PolicyRead of(RuleSetOptions options) {
            try {
                return new PolicyRead(new PolicyLoader().load(options.builtIn().resolve(PolicyLoader.DEFAULT_FILE), options.policy()), null);
            } catch (InvalidPolicyException e) {
                return new PolicyRead(null, e);
            }
        }

        Policy policy() throws InvalidPolicyException {
            if (problem != null) {
                throw problem;
            }
            return read;
        }
    }

    /** The texts of the folders, and the problems found reading them. */
    private record TextsRead(RuleTexts texts, List<RuleProblem> problems) {
        static TextsRead of(List<Path> folders, Set<Path> leftOut, Set<String> replaced) {
            List<RuleProblem> problems = new ArrayList<>();
            RuleTexts texts = RuleTexts.read(folders, leftOut, replaced, problems);
            return new TextsRead(texts, problems);
        }
    }

    /**
     * Leaves out the site files the problems are in; false when one of them is not in a site file
     * (a built-in rule, a folder), which nothing may skip.
     */
    private static boolean leaveOut(List<RuleProblem> problems, RuleSetOptions options, Set<Path> leftOut,
            Map<Path, List<String>> skipped) {
        for (RuleProblem p : problems) {
            if (!inSiteFile(Path.of(p.file()), options)) {
                return false;
            }
        }
        int before = leftOut.size();
        for (RuleProblem p : problems) {
            Path file = Path.of(p.file());
            leftOut.add(file);
            skipped.computeIfAbsent(file, f -> new ArrayList<>()).add(p.toString());
        }
        return leftOut.size() > before;
    }

    /** True when the file is one of the site's rule files, not a built-in one. */
    public static boolean inSiteFile(Path file, RuleSetOptions options) {
        Path f = file.toAbsolutePath().normalize();
        // A link is a site file too: a loop of links in a site folder is left out like a broken rule file.
        if (f.startsWith(options.builtIn().toAbsolutePath().normalize()) || (!Files.isRegularFile(f) && !Files.isSymbolicLink(f))) {
            return false;
        }
        return options.siteFolders().stream().anyMatch(folder -> f.startsWith(folder.toAbsolutePath().normalize()));
    }

    private static List<RuleProblem> builtInsSpeakEveryLanguage(Path builtIn, List<RuleInfo> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        Path folder = builtIn.toAbsolutePath().normalize();
        for (RuleInfo r : rules) {
            if (!r.languages().isEmpty() && Path.of(r.file()).toAbsolutePath().normalize().startsWith(folder)
                    && !r.languages().containsAll(RuleTexts.LANGUAGES)) {
                problems.add(new RuleProblem(r.file(), r.line(), 1, "rule " + r.id() + ": a built-in rule speaks "
                        + String.join(" and ", RuleTexts.LANGUAGES) + "; @languages is for site rules"));
            }
        }
        return problems;
    }

    /** Checks the site configuration against the rules loaded, applies its severities and says what it changed. */
    private static RuleSet configured(RuleBase base, RuleTexts texts, Policy policy, DocumentedErrors errors, List<Path> folders, RuleSetOptions options,
            Map<Path, List<String>> skippedFiles) throws InvalidSiteConfigException {
        SiteConfig site = options.site();
        Map<String, RuleInfo> running = base.byId();
        Map<String, RuleInfo> leftOut = new LinkedHashMap<>();
        base.leftOut().forEach(r -> leftOut.put(r.id(), r));
        List<String> problems = new ArrayList<>();
        List<RuleOverride> overrides = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        skippedFiles.forEach((file, why) -> skipped.add(new SkippedFile(file.toString(), why)));
        for (SiteConfig.Entry e : site.disable()) {
            if (leftOut.containsKey(e.ruleId())) {
                overrides.add(new RuleOverride(e.ruleId(), "disabled", null, null, e.origin()));
            } else {
                problems.add(e.origin() + ": no rule has id " + e.ruleId() + " to disable");
            }
        }
        for (SiteConfig.Entry e : site.replace()) {
            RuleInfo old = leftOut.get(e.ruleId());
            RuleInfo now = running.get(e.ruleId());
            if (old != null && now != null) {
                overrides.add(new RuleOverride(e.ruleId(), "replaced", old.file() + ":" + old.line(), now.file() + ":" + now.line(),
                        e.origin()));
            } else if (now == null) {
                problems.add(e.origin() + ": replace: no rule has id " + e.ruleId());
            } else if (!inSiteFile(Path.of(now.file()), options)) {
                String why = "replace: no site rule has id " + e.ruleId() + ", so the built-in rule runs";
                if (skippedFiles.isEmpty()) {
                    problems.add(e.origin() + ": " + why + " (write one in a --rules folder)");
                } else {
                    // Its replacement may be in a skipped file: the built-in rule keeps watch meanwhile.
                    skipped.add(new SkippedFile(e.origin(), List.of(e.origin() + ": " + why)));
                }
            } else {
                problems.add(e.origin() + ": replace: no built-in rule has id " + e.ruleId() + " (a site rule with a new id needs no replace)");
            }
        }
        for (SiteConfig.SeverityChange s : site.severity()) {
            RuleInfo now = running.get(s.ruleId());
            if (now == null) {
                problems.add(s.origin() + ": severity: " + (leftOut.containsKey(s.ruleId())
                        ? s.ruleId() + " is disabled, so it has no severity to change" : "no rule has id " + s.ruleId()));
            } else {
                overrides.add(new RuleOverride(s.ruleId(), "severity", now.severity().label(), s.severity().label(), s.origin()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSiteConfigException(problems);
        }
        return new RuleSet(base.withSeverities(site.severities()), texts, policy, errors, folders, overrides, skipped);
    }
}
