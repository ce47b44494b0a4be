package org.mabsadvisor.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.Trigger;
import org.mabsadvisor.errors.DocumentedError;
import org.mabsadvisor.errors.Recognition;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.report.Explanation;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;

/**
 * Answers errors pasted from a dialog or a log. The table of documented errors says which
 * documented errors a text is and why; the rules, run on the text as a recorded event, word what
 * to do (site rules that match the text are found this way too); the rules on the server's state
 * behind each error give the checks that confirm it by hand.
 */
public final class Explainer {
    /** The source the rules see for a pasted error. */
    public static final String PASTED = "pasted error";

    private final Advisor advisor;
    private final RuleSet rules;

    public Explainer(Advisor advisor) {
        this.advisor = advisor;
        this.rules = advisor.ruleSet();
    }

    /** What each of the pasted errors is, in the order given. */
    public Explanation explain(List<String> pasted, String language, String toolVersion) throws RuleFailureException {
        List<Explanation.Answer> answers = new ArrayList<>();
        for (String text : pasted) {
            answers.add(answer(text.strip(), language));
        }
        return new Explanation(Explanation.SCHEMA_VERSION, new Report.Tool("mabs-advisor", toolVersion), language, answers);
    }

    private Explanation.Answer answer(String text, String language) throws RuleFailureException {
        Event event = pastedEvent(text, language);
        Report fired = advisor.analyze(FactSet.ofFacts(server(language), List.of(new FactSet.Entry("/", event)), Set.of(Event.class)),
                "\"" + text + "\"", language, f -> { });
        Map<String, Finding> byRow = new LinkedHashMap<>();
        fired.findings().forEach(f -> byRow.put(f.ruleId(), f));
        Set<String> explained = new LinkedHashSet<>();
        List<Explanation.Match> matches = new ArrayList<>();
        for (Recognition r : rules.errors().recognise(text)) {
            DocumentedError error = r.error();
            List<Explanation.Rule> reporting = new ArrayList<>();
            for (String row : error.rows()) {
                Finding finding = byRow.get(row);
                reporting.add(finding != null ? ruleOf(finding) : ruleFromTexts(row, event, language));
                explained.add(row);
                // A suffixed row's finding is reported under its base row (AGENT-02.b under AGENT-02).
                explained.add(row.contains(".") ? row.substring(0, row.indexOf('.')) : row);
            }
            List<String> checked = new ArrayList<>(error.rows());
            checked.addAll(error.causes());
            matches.add(new Explanation.Match(error.error(), error.section(), error.link(language),
                    r.how().label(), r.matched(), reporting, checks(checked, language)));
        }
        // Rules that recognise the text without the table: site rules, or wordings the table lacks.
        for (Finding finding : fired.findings()) {
            if (!explained.contains(finding.ruleId())) {
                matches.add(new Explanation.Match(null, finding.section(), finding.reference(), "rule", null,
                        List.of(ruleOf(finding)), checks(List.of(finding.ruleId()), language)));
            }
        }
        return new Explanation.Answer(text, matches);
    }

    /**
     * The pasted text as a recorded event: its error id or code when it is nothing else; its host,
     * which texts name ("on {$error.host}"), is whichever server the error names.
     */
    static Event pastedEvent(String text, String language) {
        String id = text.matches("(?i)0x[0-9a-f]{1,16}|\\d{1,18}") ? text : null;
        String code = id == null && text.matches("[A-Za-z][A-Za-z0-9_]{3,}") ? text : null;
        String host = language.equals("fr") ? "le serveur cité dans l'erreur" : "the server named in the error";
        return new Event(null, host, PASTED, null, id, code, text, null);
    }

    /** What the texts call the server a pasted error came from: it is not known. */
    private static String server(String language) {
        return language.equals("fr") ? "le serveur MABS" : "the MABS server";
    }

    private static Explanation.Rule ruleOf(Finding finding) {
        return new Explanation.Rule(finding.ruleId(), finding.severity(), finding.title(), finding.actions());
    }

    /** A row whose rules did not fire on the text alone (a heading, an id that needs its context): worded from its texts. */
    private Explanation.Rule ruleFromTexts(String row, Event event, String language) {
        // The words of an error rule of the row that need nothing but the error itself, if it has one.
        List<RuleInfo> ofRow = rules.rules().rules().stream()
                .filter(r -> r.covers(row))
                .sorted(Comparator.comparing((RuleInfo r) -> r.trigger() != Trigger.ERROR)
                        .thenComparing(r -> !speaksOfTheErrorOnly(rules.texts().of(r.id(), language)))
                        .thenComparing(RuleInfo::id, RuleCatalogue::byCatalogueOrder))
                .toList();
        RuleInfo rule = ofRow.isEmpty() ? null : ofRow.get(0);
        if (rule == null) {
            return new Explanation.Rule(row, null, row, List.of());
        }
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> bindings = Map.of("$error", event, "host", server(language));
        RuleText text = rules.texts().of(rule.id(), language);
        return new Explanation.Rule(row, rule.severity().label(), advisor.word(text.title(), bindings, locale),
                text.actions().stream().map(a -> advisor.action(a, bindings, locale)).toList());
    }

    /** True when a rule's title and actions name no fact but the error ({$error...}) and the host. */
    private static boolean speaksOfTheErrorOnly(RuleText text) {
        if (text == null) {
            return false;
        }
        StringBuilder all = new StringBuilder(text.title());
        text.actions().forEach(a -> a.templates().forEach(t -> all.append(' ').append(t)));
        return !all.toString().replace("{$error.", "").contains("{$");
    }

    /** The checks of every rule of these rows that says how to confirm its state by hand, in catalogue order. */
    private List<Explanation.Check> checks(List<String> rows, String language) {
        List<Explanation.Check> checks = new ArrayList<>();
        List<RuleInfo> ofRows = rules.rules().rules().stream()
                .filter(r -> rows.stream().anyMatch(r::covers))
                .sorted(Comparator.comparing(RuleInfo::id, RuleCatalogue::byCatalogueOrder))
                .toList();
        for (RuleInfo rule : ofRows) {
            RuleText text = rules.texts().of(rule.id(), language);
            if (text != null && text.check() != null) {
                checks.add(new Explanation.Check(rule.id(), text.title(), text.check().step(), text.check().command()));
            }
        }
        return checks;
    }
}
