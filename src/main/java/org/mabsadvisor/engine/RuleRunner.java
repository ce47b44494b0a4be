package org.mabsadvisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.mabsadvisor.facts.Diagnosis;
import org.mabsadvisor.facts.FactSet;

/**
 * Evaluates one server's facts against a compiled {@link RuleBase}: one short-lived session per
 * fact set, firings captured from the engine's own matches so that rule authors write nothing to
 * report evidence.
 */
public final class RuleRunner {

    /** How many firings a run may take before it is declared a loop. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    private final RuleBase rules;
    private final int maxFirings;

    public RuleRunner(RuleBase rules, int maxFirings) {
        this.rules = rules;
        this.maxFirings = maxFirings;
    }

    /**
     * Inserts the fact set and the extra facts (such as the policy), fires the rules and returns
     * every firing of a rule that has an id, in firing order, and the diagnoses inserted;
     * {@code trace} sees each firing as it happens.
     */
    public RuleRun run(FactSet facts, List<Object> extraFacts, Consumer<Firing> trace) throws RuleFailureException {
        KieSession session = rules.kieBase().newKieSession();
        List<Firing> firings = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, RuleInfo> infoByLabel = new HashMap<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Match match = event.getMatch();
                    String label = ruleLabel(match.getRule());
                    counts.merge(label, 1, Integer::sum);
                    RuleInfo info = rules.info(match.getRule().getPackageName(), match.getRule().getName());
                    if (info != null) {
                        infoByLabel.putIfAbsent(label, info);
                    }
                    if (info == null) {
                        return;
                    }
                    Firing firing = firingOf(info, match, facts);
                    firings.add(firing);
                    trace.accept(firing);
                }
            });
            for (Object extra : extraFacts) {
                session.insert(extra);
            }
            for (FactSet.Entry entry : facts.entries()) {
                session.insert(entry.fact());
            }
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                Map.Entry<String, Integer> most = counts.entrySet().stream()
                        .max(Comparator.comparingInt(Map.Entry::getValue)).orElse(null);
                String worst = most == null ? "unknown" : most.getKey() + " (fired " + most.getValue() + " times)";
                throw new RuleFailureException("the rules fired " + fired + " times without settling, the limit: "
                        + "a rule loops; most fired: " + worst, null, most == null ? null : infoByLabel.get(most.getKey()));
            }
            List<Diagnosis> diagnoses = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Diagnosis)) {
                diagnoses.add((Diagnosis) o);
            }
            return new RuleRun(firings, diagnoses);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new RuleFailureException("the consequence of " + ruleLabel(e.getRule()) + " failed: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + firstLine(cause.getMessage()) : ""), e,
                    rules.info(e.getRule().getPackageName(), e.getRule().getName()));
        } catch (RuntimeException e) {
            // Conditions are evaluated on insert and during firing; Drools names the rule in the message.
            throw new RuleFailureException("evaluating rule conditions failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + firstLine(e.getMessage()) : ""), e);
        } finally {
            session.dispose();
        }
    }

    private String ruleLabel(Rule rule) {
        RuleInfo info = rules.info(rule.getPackageName(), rule.getName());
        return info == null ? "rule \"" + rule.getName() + "\""
                : "rule " + info.id() + " \"" + rule.getName() + "\" (" + info.file() + ":" + info.line() + ")";
    }

    private static Firing firingOf(RuleInfo info, Match match, FactSet facts) {
        Map<String, Object> bindings = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            bindings.put(id, match.getDeclarationValue(id));
        }
        List<MatchedFact> matched = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            matched.add(new MatchedFact(facts.pointerOf(fact), fact));
            if (fact instanceof Diagnosis diagnosis) {
                // A diagnosis stands for the input facts it was recognised from: show those as evidence.
                for (Object basis : diagnosis.basis()) {
                    matched.add(new MatchedFact(facts.pointerOf(basis), basis));
                }
            }
        }
        return new Firing(info, bindings, matched);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
