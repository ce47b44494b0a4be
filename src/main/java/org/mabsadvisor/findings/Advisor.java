package org.mabsadvisor.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.mabsadvisor.engine.Firing;
import org.mabsadvisor.engine.MatchedFact;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleRun;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.engine.SourceDocument;
import org.mabsadvisor.errors.RecognisedError;
import org.mabsadvisor.facts.Diagnosis;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.engine.Trigger;
import org.mabsadvisor.facts.FactSections;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.ActionFix;
import org.mabsadvisor.remediation.Fix;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.EvidenceFact;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;

/**
 * Turns one server's facts into a report: runs the rules, groups the firings of each catalogue row
 * into one finding, words it in the chosen language and lists the checks that could not run.
 */
public final class Advisor {

    private final RuleSet ruleSet;
    private final RuleRunner runner;
    private final String toolVersion;
    private final FactView sharedView = new FactView();
    /** The finding rules' ids in catalogue order, sorted once rather than for every report. */
    private final List<String> findingRules;
    /** What each finding rule needs collected to run, worked out once rather than for every report. */
    private final List<Requirement> requirements;

    /** The fact types with a section that a finding rule's conditions read, and the single facts it needs ({@code @needs}). */
    private record Requirement(RuleInfo rule, List<Class<?>> types, List<Need> needs) {
        static Requirement of(RuleInfo rule) {
            List<Class<?>> types = rule.reads().stream()
                    .<Class<?>>map(RecognisedError::inputType)
                    .filter(t -> FactSections.of(t) != null)
                    .distinct()
                    .toList();
            return new Requirement(rule, types, rule.needs().stream().map(Need::of).toList());
        }
    }

    public Advisor(RuleSet ruleSet, int maxFirings, String toolVersion) {
        this(ruleSet, new RunLimits(maxFirings, RunLimits.DEFAULT_TIMEOUT), toolVersion);
    }

    public Advisor(RuleSet ruleSet, RunLimits limits, String toolVersion) {
        this.ruleSet = ruleSet;
        this.runner = new RuleRunner(ruleSet.rules(), limits);
        this.toolVersion = toolVersion;
        this.findingRules = ruleSet.rules().rules().stream()
                .filter(r -> !r.isCause())
                .map(RuleInfo::id)
                .sorted(RuleCatalogue::byCatalogueOrder)
                .toList();
        this.requirements = ruleSet.rules().rules().stream().filter(r -> !r.isCause()).map(Requirement::of).toList();
    }

    /** The policy the rules compare facts with. */
    public org.mabsadvisor.policy.Policy policy() {
        return ruleSet.policy();
    }

    /** Analyses the facts; {@code trace} sees every firing as it happens. */
    public Report analyze(FactSet facts, String input, String language, Consumer<Firing> trace) throws RuleFailureException {
        RuleRun run = runner.run(facts, derivedFacts(facts), trace);
        FactView view = sharedView.forOneReport();
        Locale locale = Locale.forLanguageTag(language);
        // A rule's firings and those of the rules @of it (its other side, another level) make one finding.
        Map<String, List<Firing>> byFinding = new LinkedHashMap<>();
        for (Firing f : run.firings()) {
            if (!f.rule().isCause()) {
                byFinding.computeIfAbsent(f.rule().findingId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Firing>> entry : byFinding.entrySet()) {
            findings.add(finding(entry.getKey(), entry.getValue(), facts, language, locale, view));
        }
        findings.sort(Comparator.comparingInt((Finding f) -> Report.SEVERITIES.indexOf(f.severity())).thenComparing(Finding::ruleId));
        Set<String> fired = new HashSet<>();
        run.firings().forEach(f -> fired.add(f.rule().id()));
        List<NotChecked> notChecked = notChecked(facts, language, fired);
        List<Report.Cause> causes = causes(run, byFinding, facts, language, locale, view);
        return Report.builder().tool(new Report.Tool("mabs-advisor", toolVersion)).input(input).host(facts.host()).language(language)
                .findings(findings).causes(causes).notChecked(notChecked).checked(checked(notChecked))
                .overrides(ruleSet.overrides()).skipped(ruleSet.skipped()).build();
    }

    /** The facts given to the rules besides the input: the policy, and each documented error the events report. */
    private List<Object> derivedFacts(FactSet facts) {
        List<Object> derived = new ArrayList<>();
        derived.add(ruleSet.policy());
        for (FactSet.Entry entry : facts.entries()) {
            if (entry.fact() instanceof Event event) {
                derived.addAll(ruleSet.errors().recognise(event));
            }
        }
        return derived;
    }

    /**
     * One entry per recognised cause: the findings that matched the diagnosis or any fact it was
     * recognised from follow from it; its actions are the plan that replaces theirs.
     */
    private List<Report.Cause> causes(RuleRun run, Map<String, List<Firing>> byFinding, FactSet facts, String language, Locale locale,
            FactView view) {
        Map<String, List<Diagnosis>> byCause = new LinkedHashMap<>();
        for (Diagnosis d : run.diagnoses()) {
            byCause.computeIfAbsent(d.cause(), k -> new ArrayList<>()).add(d);
        }
        List<Report.Cause> causes = new ArrayList<>();
        for (Map.Entry<String, List<Diagnosis>> cause : byCause.entrySet()) {
            Set<Object> basis = Collections.newSetFromMap(new IdentityHashMap<>());
            basis.addAll(cause.getValue());
            cause.getValue().forEach(d -> basis.addAll(d.basis()));
            List<String> explained = new ArrayList<>();
            for (Map.Entry<String, List<Firing>> entry : byFinding.entrySet()) {
                if (entry.getValue().stream().flatMap(f -> f.facts().stream()).anyMatch(m -> basis.contains(m.fact()))) {
                    explained.add(entry.getKey());
                }
            }
            List<Firing> recognised = run.firings().stream().filter(f -> f.rule().isCause() && f.rule().id().equals(cause.getKey())).toList();
            if (recognised.isEmpty()) {
                continue;
            }
            RuleText text = ruleSet.texts().of(cause.getKey(), language);
            Map<String, Object> bindings = withHost(recognised.get(0).bindings(), facts);
            List<Evidence> evidence = recognised.stream()
                    .map(f -> new Evidence(f.rule().id(), f.rule().trigger().label(),
                            Template.render(text.evidence(), withHost(f.bindings(), facts), view, locale), evidenceFacts(f, view)))
                    .toList();
            causes.add(new Report.Cause(cause.getKey(), Template.render(text.title(), bindings, view, locale), evidence, explained,
                    text.actions().stream().map(a -> action(a, bindings, locale, view)).toList()));
        }
        // The engine returns diagnoses in no fixed order: sorted, the same facts always give the same report.
        causes.sort(Comparator.comparing(Report.Cause::id));
        return causes;
    }

    private Finding finding(String findingId, List<Firing> firings, FactSet facts, String language, Locale locale, FactView view) {
        // The most severe rule of the finding words it; ties go to the rule the others are of, then by id.
        RuleInfo lead = firings.stream().map(Firing::rule)
                .min(Comparator.comparingInt((RuleInfo r) -> r.severity().ordinal())
                        .thenComparing(r -> r.of() != null)
                        .thenComparing(RuleInfo::id))
                .orElseThrow();
        Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
        List<Evidence> evidence = new ArrayList<>();
        for (Firing f : firings) {
            triggers.add(f.rule().trigger());
            RuleText text = ruleSet.texts().of(f.rule().id(), language);
            Map<String, Object> bindings = withHost(f.bindings(), facts);
            evidence.add(new Evidence(f.rule().id(), f.rule().trigger().label(),
                    Template.render(text.evidence(), bindings, view, locale), evidenceFacts(f, view)));
        }
        RuleText text = ruleSet.texts().of(lead.id(), language);
        Map<String, Object> leadBindings = withHost(firings.stream().filter(f -> f.rule() == lead).findFirst().orElseThrow().bindings(), facts);
        List<Action> actions = text.actions().stream().map(a -> action(a, leadBindings, locale, view)).toList();
        String certainty = triggers.size() == 2 ? "confirmed" : triggers.contains(Trigger.STATE) ? "risk" : "reported";
        return new Finding(findingId, lead.severity().label(), lead.section(), Template.render(text.title(), leadBindings, view, locale),
                certainty, evidence, actions, reference(lead, language));
    }

    private Action action(ActionText a, Map<String, Object> bindings, Locale locale, FactView view) {
        return new Action(Template.render(a.step(), bindings, view, locale), Template.render(a.command(), bindings, view, locale),
                a.anyOf().stream().map(alt -> action(alt, bindings, locale, view)).toList(), fix(a.fix(), bindings, view));
    }

    /** A rule's fix with its parameters bound to the facts: values as the facts spell them, null when a fact lacks one. */
    private static ActionFix fix(Fix fix, Map<String, Object> bindings, FactView view) {
        if (fix == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        fix.parameters().forEach((name, value) -> values.put(name, Fix.isBinding(value) ? bound(value.split("\\."), bindings, view) : value));
        return new ActionFix(fix.cmdlet(), values, fix.before(), fix.after(), fix.runsOn(), fix.impact().name());
    }

    /** The value at a path such as {@code $service.name}: rule variables are bound with their '$', as templates name them. */
    private static String bound(String[] path, Map<String, Object> bindings, FactView view) {
        Object value = bindings.get(path[0]);
        for (int i = 1; i < path.length && value != null; i++) {
            Object described = value instanceof Map<?, ?> ? value : view.describeAll(value);
            value = described instanceof Map<?, ?> map ? map.get(path[i]) : null;
        }
        value = value == null ? null : view.plain(value);
        // Only plain values become parameters: a record or a list is no service name nor path.
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    private static Map<String, Object> withHost(Map<String, Object> bindings, FactSet facts) {
        Map<String, Object> all = new LinkedHashMap<>(bindings);
        all.putIfAbsent("host", facts.host());
        return all;
    }

    private List<EvidenceFact> evidenceFacts(Firing firing, FactView view) {
        List<EvidenceFact> out = new ArrayList<>();
        for (MatchedFact m : firing.facts()) {
            // Facts without a pointer (the policy, derived diagnoses) are not input evidence.
            if (m.pointer() != null) {
                out.add(new EvidenceFact(m.pointer(), m.fact().getClass().getSimpleName(), view.describe(m.fact())));
            }
        }
        return out;
    }

    private static String reference(RuleInfo rule, String language) {
        if (rule.reference() != null && !rule.reference().isBlank()) {
            return rule.reference();
        }
        // The anchor belongs to the rule's own document: the same heading can be in the MABS and the MARS article.
        return rule.sourceDocument().link(rule.section(), language);
    }

    /** The rules, texts, policy and documented errors this advisor works with. */
    RuleSet ruleSet() {
        return ruleSet;
    }

    /** A text of a rule, worded with the given bindings. */
    String word(String template, Map<String, Object> bindings, Locale locale) {
        return Template.render(template, bindings, sharedView.forOneReport(), locale);
    }

    /** An action of a rule's texts, worded with the given bindings. */
    Action action(ActionText a, Map<String, Object> bindings, Locale locale) {
        return action(a, bindings, locale, sharedView.forOneReport());
    }

    /** The finding rules that ran: every one whose facts were collected, fired or not, in catalogue order. */
    private List<String> checked(List<NotChecked> notChecked) {
        Set<String> skipped = new HashSet<>();
        notChecked.forEach(n -> skipped.add(n.ruleId()));
        return findingRules.stream().filter(id -> !skipped.contains(id)).toList();
    }

    private List<NotChecked> notChecked(FactSet facts, String language, Set<String> fired) {
        List<NotChecked> out = new ArrayList<>();
        Held held = new Held(facts, sharedView);
        for (Requirement required : requirements) {
            RuleInfo rule = required.rule();
            // A rule that fired did run, even one that fires because a value was not collected.
            if (fired.contains(rule.id())) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Class<?> type : required.types()) {
                String section = FactSections.of(type);
                if (!facts.isCollected(type) && !missing.contains(section)) {
                    missing.add(section);
                }
            }
            if (missing.isEmpty()) {
                // Its sections were collected: each single fact it needs must be there too.
                required.needs().stream().filter(need -> !need.isIn(held)).map(Need::described).forEach(missing::add);
            }
            if (!missing.isEmpty()) {
                RuleText text = ruleSet.texts().of(rule.id(), language);
                out.add(new NotChecked(rule.id(), rule.section(), text == null ? rule.name() : text.title(), missing));
            }
        }
        out.sort(Comparator.comparing(NotChecked::ruleId));
        return out;
    }

    /** One report's facts as the rules' needs look them up: the registry values indexed once, by key and name, when first asked. */
    private static final class Held {
        private final FactSet facts;
        private final FactView view;
        private Set<String> registryValues;
        private boolean indexed;

        Held(FactSet facts, FactView view) {
            this.facts = facts;
            this.view = view;
        }

        FactSet facts() {
            return facts;
        }

        FactView view() {
            return view;
        }

        /**
         * The registry values of the facts, found or found missing, as {@link RegistryValue#lookup}
         * spells them; null when one of them cannot be spelled so (a name beyond ASCII).
         */
        Set<String> registryValues() {
            if (!indexed) {
                indexed = true;
                registryValues = new HashSet<>();
                for (FactSet.Entry entry : facts.entries()) {
                    if (entry.fact() instanceof RegistryValue value && value.key() != null) {
                        String lookup = RegistryValue.lookup(value.key(), value.name());
                        if (lookup == null) {
                            registryValues = null;
                            break;
                        }
                        registryValues.add(lookup);
                    }
                }
            }
            return registryValues;
        }
    }

    /** A single fact a rule needs ({@code @needs}), read once when the rule set is loaded. */
    private sealed interface Need permits RegistryNeed, FieldNeed {
        static Need of(String need) {
            return need.startsWith(RuleInfo.NEEDS_FACT) ? FieldNeed.of(need) : RegistryNeed.of(need);
        }

        /** True when the facts hold it. */
        boolean isIn(Held facts);

        /** How "not checked" lists it. */
        String described();
    }

    /** A registry value that a rule needs: {@code registry:KEY|NAME}; a null name stands for the key itself. Held when found, or found missing. */
    private record RegistryNeed(String key, String name, String lookup) implements Need {
        static RegistryNeed of(String need) {
            String[] keyAndName = need.substring(RuleInfo.NEEDS_REGISTRY.length()).split("\\|", -1);
            String key = keyAndName[0];
            String name = keyAndName.length > 1 && !keyAndName[1].isEmpty() ? keyAndName[1] : null;
            return new RegistryNeed(key, name, RegistryValue.lookup(key, name));
        }

        @Override
        public boolean isIn(Held facts) {
            Set<String> indexed = facts.registryValues();
            if (indexed != null && lookup != null) {
                return indexed.contains(lookup);
            }
            // Case rules beyond ASCII are those of RegistryValue.is alone.
            return facts.facts().entries().stream().anyMatch(e -> e.fact() instanceof RegistryValue value && value.is(key, name));
        }

        @Override
        public String described() {
            return "registry " + key + (name == null ? "" : "\\" + name);
        }
    }

    /**
     * A field that every fact of a section must have: {@code fact:SECTION|FIELD} (checked when the
     * rule compiled); held when none of the section's facts leaves it unknown.
     */
    private record FieldNeed(String section, Class<?> type, String field) implements Need {
        static FieldNeed of(String need) {
            String[] sectionAndField = need.substring(RuleInfo.NEEDS_FACT.length()).split("\\|", -1);
            return new FieldNeed(sectionAndField[0], FactSections.typeAt(sectionAndField[0]), sectionAndField[1]);
        }

        @Override
        public boolean isIn(Held facts) {
            return facts.facts().entries().stream().filter(e -> type.isInstance(e.fact())).allMatch(e -> known(facts.view().field(e.fact(), field)));
        }

        private static boolean known(Object value) {
            return value != null && value != FactView.NO_FIELD;
        }

        @Override
        public String described() {
            return section + "/" + field;
        }
    }
}
