package org.mabsadvisor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.mabsadvisor.facts.FactSections;
import org.mabsadvisor.input.InputFiles;

/**
 * Compiles every {@code .drl} file of the given folders into one {@link RuleBase}, after checking
 * the metadata each rule must carry. Every problem is collected and located, so an author fixes
 * them all in one pass.
 */
public final class RuleCompiler {

    private static final Pattern LINE_COLUMN =
            Pattern.compile("\\[(\\d+),(\\d+)]|[Ll]ine (\\d+):(\\d+)|Line: (\\d+), Column: (\\d+)");

    private final CompiledRuleCache cache;
    private final CompilerStamp stamp;

    /** A compiler that keeps no compiled folder between runs (the built-in rules shipped with the tool are still used). */
    public RuleCompiler() {
        this(CompiledRuleCache.none());
    }

    /** A compiler that reuses and keeps compiled folders in {@code cache}. */
    public RuleCompiler(CompiledRuleCache cache) {
        this.cache = cache;
        this.stamp = CompilerStamp.current();
    }

    /** Compiles the folders, in order; a later folder may not reuse an id of an earlier one. */
    public RuleBase compile(List<Path> folders) throws InvalidRulesException {
        return compile(RuleSources.of(folders));
    }

    /** One folder of the sources: its files and their key, and what is known of it so far. */
    private static final class FolderPlan {
        final int index;
        final FolderContent content;
        final Map<Path, String> texts = new LinkedHashMap<>();
        List<DeclaredRule> declared = new ArrayList<>();
        List<RuleProblem> flagged = new ArrayList<>();
        CompiledFolder compiled;
        CompiledFrom.Origin origin;
        private String key;
        private boolean keyed;

        FolderPlan(int index, FolderContent content) {
            this.index = index;
            this.content = content;
        }

        /** The content key, worked out only when the cache is consulted: the shipped rules are matched byte for byte. */
        String key(CompilerStamp stamp) {
            if (!keyed) {
                key = content.key(stamp);
                keyed = true;
            }
            return key;
        }
    }

    /**
     * Compiles the folders of {@code sources}, in order, without the files it leaves out, and
     * applies its overrides: disabled rules and the rules a later folder replaces are taken out of
     * the compiled base (and listed by {@link RuleBase#leftOut()}). What
     * {@link RuleGuard} flags is a problem, or only a warning ({@link RuleBase#unsafe()}) when the
     * sources allow it. A folder whose content was compiled before (shipped with the tool, or in
     * the cache) is not parsed nor compiled again: its classes and what it declares are reused.
     */
    public RuleBase compile(RuleSources sources) throws InvalidRulesException {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> unsafe = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        RuleOverrides overrides = sources.overrides();
        Map<Path, Integer> files = drlFiles(sources.folders(), sources.leftOut(), problems);
        List<FolderPlan> plans = new ArrayList<>();
        for (int i = 0; i < sources.folders().size(); i++) {
            int index = i;
            List<Path> mine = files.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).toList();
            if (mine.isEmpty() && Files.isDirectory(sources.folders().get(i))) {
                // Most likely a wrong --rules path: running without its rules must not go unnoticed.
                notes.add(sources.folders().get(i) + " holds no .drl file: no rule of it runs");
            }
            FolderPlan plan = new FolderPlan(i, new FolderContent(sources.folders().get(i), mine));
            plan.compiled = PackagedRules.find(plan.content);
            plan.origin = CompiledFrom.Origin.SHIPPED;
            if (plan.compiled == null && cache.folder() != null) {
                plan.compiled = cache.find(plan.key(stamp), notes);
                plan.origin = CompiledFrom.Origin.CACHED;
            }
            if (plan.compiled != null) {
                plan.declared = plan.compiled.declared(plan.content.folder());
                plan.flagged = plan.compiled.flagged(plan.content.folder());
            } else {
                declare(plan, problems);
            }
            for (RuleProblem flagged : plan.flagged) {
                // What is forbidden stays a problem even when unsafe rules are allowed.
                (sources.unsafeAllowed() && !flagged.message().startsWith(RuleGuard.FORBIDDEN) ? unsafe : problems).add(flagged);
            }
            plans.add(plan);
        }
        Map<String, RuleInfo> byQualifiedName = new LinkedHashMap<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        Map<String, Integer> folderOf = new HashMap<>();
        // The rule each replaced id had first (a built-in one), taken out once compiled.
        Map<String, RuleInfo> replaced = new LinkedHashMap<>();
        for (FolderPlan plan : plans) {
            for (DeclaredRule rule : plan.declared) {
                RuleInfo info = rule.info();
                folderOf.put(info.file(), plan.index);
                RuleInfo earlier = byId.putIfAbsent(info.id(), info);
                if (earlier != null) {
                    boolean fromEarlierFolder = folderOf.get(earlier.file()) < plan.index;
                    if (overrides.replaced().contains(info.id()) && fromEarlierFolder && !replaced.containsKey(info.id())) {
                        replaced.put(info.id(), earlier);
                        byId.put(info.id(), info);
                    } else {
                        problems.add(duplicateId(rule, earlier, fromEarlierFolder && !replaced.containsKey(info.id())
                                ? " (to replace that rule, list its id under replace: in a site configuration)" : ""));
                        continue;
                    }
                }
                byQualifiedName.put(rule.qualifiedName(), info);
            }
        }
        relations(plans, byId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        KieBase kieBase = build(plans, problems, sources.unsafeAllowed() ? unsafe : problems, notes);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        List<RuleInfo> leftOut = new ArrayList<>();
        for (KiePackage p : List.copyOf(kieBase.getKiePackages())) {
            for (Rule r : List.copyOf(p.getRules())) {
                String key = p.getName() + "." + r.getName();
                RuleInfo info = byQualifiedName.get(key);
                if (info == null) {
                    continue;
                }
                if (overrides.disabled().contains(info.id()) || replaced.get(info.id()) == info) {
                    // Out of the compiled base, not merely unreported: a left-out rule must not run at all.
                    kieBase.removeRule(p.getName(), r.getName());
                    byQualifiedName.remove(key);
                    leftOut.add(info);
                } else {
                    byQualifiedName.put(key, info.withCompiled(factTypes(r), declarations(r)));
                }
            }
        }
        List<RuleInfo> rules = new ArrayList<>(byQualifiedName.values());
        List<CompiledFrom> origins = plans.stream().map(p -> new CompiledFrom(p.content.folder(), p.origin)).toList();
        return new RuleBase(kieBase, rules, byQualifiedName, leftOut, unsafe, notes, origins);
    }

    /**
     * Compiles one folder on its own into executable-model classes, as the tool's build does for
     * the built-in folder; every problem is reported located, as by {@link #compile(RuleSources)}.
     */
    CompiledFolder compileAlone(Path folder) throws InvalidRulesException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<Path, Integer> files = drlFiles(List.of(folder), Set.of(), problems);
        FolderPlan plan = new FolderPlan(0, new FolderContent(folder, List.copyOf(files.keySet())));
        declare(plan, problems);
        problems.addAll(plan.flagged);
        // Every run checks ids across folders too; a duplicate found here fails the build instead.
        Map<String, RuleInfo> byId = new HashMap<>();
        for (DeclaredRule rule : plan.declared) {
            RuleInfo earlier = byId.putIfAbsent(rule.info().id(), rule.info());
            if (earlier != null) {
                problems.add(duplicateId(rule, earlier, ""));
            }
        }
        if (problems.isEmpty()) {
            List<String> failures = new ArrayList<>();
            CompiledFolder compiled = ExecutableModel.compile(plan.content, plan.key(stamp), plan.texts, plan.declared, plan.flagged, failures);
            if (compiled != null) {
                return compiled;
            }
            classic(List.of(plan), problems);
            if (problems.isEmpty()) {
                failures.forEach(f -> problems.add(new RuleProblem(folder.toString(), 0, 0, f)));
            }
        }
        throw new InvalidRulesException(problems);
    }

    /**
     * Each {@code @of} names a finding rule of the same rule base that is itself no other rule's
     * side: one level of relation, so that a finding's id is always that of a rule that exists.
     */
    private static void relations(List<FolderPlan> plans, Map<String, RuleInfo> byId, List<RuleProblem> problems) {
        for (FolderPlan plan : plans) {
            for (DeclaredRule rule : plan.declared) {
                RuleInfo info = rule.info();
                if (info.of() == null || byId.get(info.id()) != info) {
                    continue;
                }
                RuleInfo target = byId.get(info.of());
                String why = info.isCause() ? "a cause is no finding, so it cannot be part of one"
                        : target == null ? "no rule has that id"
                        : target == info ? "a rule cannot be of itself"
                        : target.isCause() ? "that rule is a cause, not a finding"
                        : target.of() != null ? "that rule is itself @of(\"" + target.of() + "\"): name that one"
                        : null;
                if (why != null) {
                    problems.add(new RuleProblem(info.file(), info.line(), rule.column(), "rule \"" + info.name() + "\": @of(\"" + info.of() + "\"): " + why));
                }
            }
        }
    }

    private static RuleProblem duplicateId(DeclaredRule rule, RuleInfo earlier, String hint) {
        RuleInfo info = rule.info();
        return new RuleProblem(info.file(), info.line(), rule.column(),
                "duplicate rule id " + info.id() + ", already used at " + earlier.file() + ":" + earlier.line() + hint);
    }

    /** Reads and parses the files of a folder not compiled before: what they declare, what the guard flags. */
    private static void declare(FolderPlan plan, List<RuleProblem> problems) {
        readTexts(plan, problems);
        for (Map.Entry<Path, String> source : plan.texts.entrySet()) {
            Path file = source.getKey();
            String text = source.getValue();
            List<RuleProblem> shape = DrlShape.problems(file.toString(), text);
            if (!shape.isEmpty()) {
                // Neither the parser nor the Java compiler gets a text they would fail on with a trace.
                problems.addAll(shape);
                continue;
            }
            PackageDescr pkg = parse(file, text, problems);
            if (pkg == null) {
                continue;
            }
            plan.flagged.addAll(RuleGuard.check(file.toString(), text, pkg));
            for (RuleDescr rule : pkg.getRules()) {
                RuleInfo info = metadata(file, rule, problems);
                if (info != null) {
                    plan.declared.add(new DeclaredRule(pkg.getNamespace() + "." + rule.getName(), info, rule.getColumn() + 1));
                }
            }
        }
    }

    private static void readTexts(FolderPlan plan, List<RuleProblem> problems) {
        for (Path file : plan.content.files()) {
            try {
                plan.texts.put(file, new String(InputFiles.read(file, InputFiles.MAX_SMALL_FILE_BYTES), StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(new RuleProblem(file.toString(), 0, 0, InputFiles.reason(e)));
            }
        }
    }

    /**
     * The rule base of every folder: the compiled ones reused, the others compiled to the
     * executable model and kept in the cache. Should Drools fail to make the executable model of
     * a folder, the DRL compiler says where the error is, or, when it finds none (a construct the
     * executable model does not take), makes the whole rule base the classic way.
     */
    private KieBase build(List<FolderPlan> plans, List<RuleProblem> problems, List<RuleProblem> unsafe, List<String> notes) {
        List<String> failures = new ArrayList<>();
        for (FolderPlan plan : plans) {
            String key = null;
            if (plan.compiled == null) {
                // Without a cache nothing reads the key: hashing every file would be wasted.
                key = cache.folder() != null ? plan.key(stamp) : null;
                plan.compiled = ExecutableModel.compile(plan.content, key, plan.texts, plan.declared, plan.flagged, failures);
                plan.origin = CompiledFrom.Origin.COMPILED;
                if (plan.compiled == null) {
                    break;
                }
            }
            if (plan.origin != CompiledFrom.Origin.SHIPPED) {
                // What the classes use and call, whatever the text looked like, fresh or from the cache:
                // a folder with a forbidden call is never run nor kept; one outside the allow-list only
                // when unsafe rules are allowed ({@code unsafe} is then the list of warnings, else that of
                // the problems).
                int before = problems.size();
                for (RuleProblem p : CompiledGuard.check(plan.content.folder().toString(), plan.compiled.classes())) {
                    (p.message().startsWith(RuleGuard.FORBIDDEN) ? problems : unsafe).add(p);
                }
                if (problems.size() > before) {
                    return null;
                }
            }
            if (key != null) {
                cache.keep(plan.compiled, notes);
            }
        }
        if (failures.isEmpty()) {
            try {
                return ExecutableModel.kieBase(plans.stream().map(p -> p.compiled).toList());
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                failures.add("the compiled rules cannot be loaded: " + e);
            }
        }
        for (FolderPlan plan : plans) {
            if (plan.texts.isEmpty()) {
                readTexts(plan, problems);
            }
        }
        KieBase classic = classic(plans, problems);
        plans.forEach(p -> p.origin = CompiledFrom.Origin.DRL);
        if (classic != null) {
            notes.add("compiled as DRL, without the executable model: " + String.join("; ", failures).replaceAll("\\s+", " "));
        }
        return classic;
    }

    /** The DRL files of the folders, sorted within each folder, with the index of their folder. */
    private static Map<Path, Integer> drlFiles(List<Path> folders, Set<Path> leftOut, List<RuleProblem> problems) {
        Map<Path, Integer> files = new LinkedHashMap<>();
        for (int index = 0; index < folders.size(); index++) {
            Path folder = folders.get(index);
            int folderIndex = index;
            if (!Files.isDirectory(folder)) {
                problems.add(new RuleProblem(folder.toString(), 0, 0, "is not a folder of rules"));
                continue;
            }
            // A folder reached through a link (or holding one) is walked like any other, not taken as one file;
            // a link to a folder that holds it (a loop) is a problem of that link, and the rest is still walked.
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return leftOut.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (file.getFileName().toString().endsWith(".drl") && attributes.isRegularFile() && !leftOut.contains(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (!leftOut.contains(file)) {
                            problems.add(new RuleProblem(file.toString(), 0, 0, e instanceof FileSystemLoopException
                                    ? "is a link to a folder that holds it (a loop of links): it cannot be read"
                                    : InputFiles.reason(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(new RuleProblem(folder.toString(), 0, 0, "cannot be listed: " + InputFiles.reason(e)));
            }
            found.stream().sorted().forEach(p -> files.putIfAbsent(p, folderIndex));
        }
        return files;
    }

    private static PackageDescr parse(Path file, String text, List<RuleProblem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(null, text);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file.toString(), e.getLineNumber(), e.getColumn(), e.getMessage()));
            return null;
        } catch (StackOverflowError | RuntimeException e) {
            // What DrlShape does not foresee still ends as a problem of this file, not as a trace.
            problems.add(new RuleProblem(file.toString(), 0, 0, "the DRL parser cannot read this file ("
                    + (e instanceof StackOverflowError ? "it is nested too deep" : e.getClass().getSimpleName()) + ")"));
            return null;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(located(file.toString(), error));
            }
            return null;
        }
        return pkg;
    }

    private static RuleProblem located(String file, DroolsError error) {
        if (error instanceof ParserError pe) {
            return new RuleProblem(file, pe.getRow(), pe.getCol() + 1, pe.getMessage());
        }
        int[] lines = error.getLines();
        return new RuleProblem(file, lines != null && lines.length > 0 ? lines[0] : 0, 0, error.getMessage());
    }

    private static RuleInfo metadata(Path file, RuleDescr rule, List<RuleProblem> problems) {
        String where = file.toString();
        int size = problems.size();
        String id = annotation(rule, "id");
        String severityLabel = annotation(rule, "severity");
        String section = annotation(rule, "section");
        String sourceLabel = annotation(rule, "source");
        String reference = annotation(rule, "reference");
        String triggerLabel = annotation(rule, "trigger");
        String kindLabel = annotation(rule, "kind");
        String languagesLabel = annotation(rule, "languages");
        String needsLabel = annotation(rule, "needs");
        String row = annotation(rule, "row");
        String of = annotation(rule, "of");
        RuleKind kind = kindLabel == null ? RuleKind.FINDING : RuleKind.parse(kindLabel);
        String name = "rule \"" + rule.getName() + "\"";
        if (id == null || id.isBlank()) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1, name + " has no @id"));
        } else if (!id.matches(RuleInfo.ID_SYNTAX)) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1,
                    name + ": @id(\"" + id + "\") must be letters, digits, - or _, with an optional .suffix"));
        }
        for (String[] related : new String[][] {{"row", row}, {"of", of}}) {
            if (related[1] != null && !related[1].matches(RuleInfo.ID_SYNTAX)) {
                problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1,
                        name + ": @" + related[0] + "(\"" + related[1] + "\") must be a rule id (letters, digits, - or _, with an optional .suffix)"));
            }
        }
        if (kind == null) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1,
                    name + ": unknown @kind(\"" + kindLabel + "\") (finding or cause)"));
        }
        Severity severity = Severity.parse(severityLabel);
        if (kind == RuleKind.CAUSE && severityLabel == null) {
            // A cause is not reported on its own: its findings carry the severity.
            severity = Severity.INFO;
        }
        if (severity == null) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1, name
                    + (severityLabel == null ? " has no @severity" : ": unknown @severity(\"" + severityLabel + "\")")
                    + " (one of critical, high, medium, low, info)"));
        }
        if (kind != RuleKind.CAUSE && (section == null || section.isBlank()) && (reference == null || reference.isBlank())) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1, name + " has neither @section nor @reference"));
        }
        if (reference != null && !reference.isBlank() && !reference.trim().matches("https?://\\S+")) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1,
                    name + ": @reference(\"" + reference + "\") must be a link starting with https:// or http://"));
        }
        // An unknown source would link a finding to no article at all: refused here, not found by a reader.
        if (sourceLabel != null && SourceDocument.of(sourceLabel.trim()) == null) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1, name + ": unknown @source(\"" + sourceLabel
                    + "\") (one of " + String.join(", ", SourceDocument.shortNames()) + ")"));
        }
        List<String> languages = languagesLabel == null ? List.of()
                : List.of(languagesLabel.trim().split("[,\\s]+")).stream().filter(l -> !l.isEmpty()).toList();
        if (languagesLabel != null && languages.isEmpty()) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1,
                    name + ": @languages names no language (for example @languages(\"en\"))"));
        }
        List<String> needs = needsLabel == null ? List.of()
                : List.of(needsLabel.split(";")).stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
        for (String need : needs) {
            boolean registry = need.startsWith(RuleInfo.NEEDS_REGISTRY) && need.indexOf('|') >= RuleInfo.NEEDS_REGISTRY.length() + 1;
            if (!registry && !isFactField(need)) {
                problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1, name + ": @needs(\"" + need
                        + "\") must name a registry value as registry:KEY|NAME (NAME empty for the key itself)"
                        + " or a field of the facts of a section as fact:SECTION|FIELD"));
            }
        }
        Trigger trigger = triggerLabel == null ? Trigger.STATE : Trigger.parse(triggerLabel);
        if (trigger == null) {
            problems.add(new RuleProblem(where, rule.getLine(), rule.getColumn() + 1,
                    name + ": unknown @trigger(\"" + triggerLabel + "\") (state or error)"));
        }
        if (problems.size() > size) {
            return null;
        }
        String source = sourceLabel == null ? SourceDocument.DEFAULT.shortName() : sourceLabel.trim();
        return RuleInfo.builder().id(id).kind(kind).name(rule.getName()).severity(severity).section(section).source(source).trigger(trigger)
                .reference(reference).file(where).line(rule.getLine()).languages(languages).needs(needs).row(row).of(of).build();
    }

    /** True for a {@code fact:SECTION|FIELD} entry whose section holds facts that have that field. */
    private static boolean isFactField(String need) {
        if (!need.startsWith(RuleInfo.NEEDS_FACT) || need.indexOf('|') < 0) {
            return false;
        }
        String[] sectionAndField = need.substring(RuleInfo.NEEDS_FACT.length()).split("\\|", -1);
        Class<?> type = FactSections.typeAt(sectionAndField[0]);
        return type != null && type.isRecord() && sectionAndField.length == 2
                && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(sectionAndField[1]));
    }

    private static String annotation(RuleDescr rule, String key) {
        AnnotationDescr a = rule.getAnnotation(key);
        if (a == null) {
            return null;
        }
        Object value = a.getSingleValueStripped();
        if (value == null) {
            return null;
        }
        // Drools keeps a metadata string as written: "HKLM\\SOFTWARE" must read HKLM\SOFTWARE, as in a DRL string.
        return AnnotationDescr.unquote(value.toString().trim()).replace("\\\\", "\\").replace("\\\"", "\"");
    }

    /** Compiles the DRL of every folder together, the classic way; null with located problems when it fails. */
    private static KieBase classic(List<FolderPlan> plans, List<RuleProblem> problems) {
        Map<Path, String> sources = new LinkedHashMap<>();
        plans.forEach(p -> sources.putAll(p.texts));
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, Path> byKiePath = new HashMap<>();
        int n = 0;
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            // A folder per file keeps two files with the same name in different folders apart.
            String resourcePath = "f" + (n++) + "/" + source.getKey().getFileName();
            byKiePath.put(resourcePath, source.getKey());
            kfs.write("src/main/resources/" + resourcePath, PhraseLiterals.normalized(source.getValue()));
        }
        // A fresh release id per build: the default one is cached process-wide and would serve stale rules.
        ReleaseId releaseId = ks.newReleaseId("org.mabsadvisor.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        Set<String> seen = new LinkedHashSet<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            Path file = byKiePath.get(m.getPath());
            String where = file != null ? file.toString() : String.valueOf(m.getPath());
            int[] lc = lineColumn(m);
            String text = m.getText().replaceAll("\\s+", " ").trim();
            if (seen.add(where + lc[0] + text)) {
                problems.add(new RuleProblem(where, lc[0], lc[1], text));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return base;
    }

    /** Drools gives the line of a compile error but puts the column, when it knows it, inside the text. */
    private static int[] lineColumn(Message m) {
        Matcher matcher = LINE_COLUMN.matcher(m.getText());
        if (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : matcher.group(3) != null ? 3 : 5;
            int line = Integer.parseInt(matcher.group(group));
            int column = Integer.parseInt(matcher.group(group + 1));
            // MVEL counts columns from 1 and from the start of the constraint; the others from 0 on the line.
            return new int[] {m.getLine() > 0 ? m.getLine() : line, group == 5 ? column : column + 1};
        }
        return new int[] {m.getLine(), Math.max(1, m.getColumn())};
    }

    /** The fact classes the rule's patterns match, found by walking the compiled conditions. */
    private static List<Class<?>> factTypes(Rule rule) {
        Set<Class<?>> types = new LinkedHashSet<>();
        if (rule instanceof RuleImpl impl) {
            collect(impl.getLhs(), types);
        }
        return new ArrayList<>(types);
    }

    /**
     * The names the rule binds and their types, as the compiled rule declares them: those a firing
     * carries, and so those its texts may name. A binding inside a not or an exists is not one.
     */
    private static Map<String, Class<?>> declarations(Rule rule) {
        Map<String, Class<?>> bound = new HashMap<>();
        if (rule instanceof RuleImpl impl) {
            impl.getDeclarations().forEach((name, declaration) -> {
                Class<?> type = declaration.getDeclarationClass();
                bound.put(name, type == null ? Object.class : type);
            });
        }
        return bound;
    }

    private static void collect(RuleConditionElement element, Set<Class<?>> types) {
        if (element instanceof org.drools.base.rule.Pattern pattern
                && pattern.getObjectType() instanceof ClassObjectType type
                && type.getClassType() != null && !type.getClassType().equals(Object.class)) {
            types.add(type.getClassType());
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            collect(nested, types);
        }
    }
}
