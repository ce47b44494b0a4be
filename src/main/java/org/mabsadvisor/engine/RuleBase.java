package org.mabsadvisor.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** A compiled set of rules, thread-safe and meant to be shared, with what the advisor knows of each rule. */
public final class RuleBase {
    private final KieBase kieBase;
    /**
     * Sessions of the compiled base, reused from one run to the next: creating one per host, with
     * memory for every rule of the base, cost about a tenth of a fleet's analysis. Made once the
     * left-out rules are out of the base, so that no session has them.
     */
    private final KieSessionsPool sessions;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byQualifiedName;
    private final List<RuleInfo> leftOut;
    private final List<RuleProblem> unsafe;
    private final List<String> notes;
    private final List<CompiledFrom> compiledFrom;

    RuleBase(KieBase kieBase, List<RuleInfo> rules, Map<String, RuleInfo> byQualifiedName, List<RuleInfo> leftOut,
            List<RuleProblem> unsafe, List<String> notes, List<CompiledFrom> compiledFrom) {
        this(kieBase, kieBase.newKieSessionsPool(0), rules, byQualifiedName, leftOut, unsafe, notes, compiledFrom);
    }

    private RuleBase(KieBase kieBase, KieSessionsPool sessions, List<RuleInfo> rules, Map<String, RuleInfo> byQualifiedName,
            List<RuleInfo> leftOut, List<RuleProblem> unsafe, List<String> notes, List<CompiledFrom> compiledFrom) {
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.rules = List.copyOf(rules);
        this.byQualifiedName = Map.copyOf(byQualifiedName);
        this.leftOut = List.copyOf(leftOut);
        this.unsafe = List.copyOf(unsafe);
        this.notes = List.copyOf(notes);
        this.compiledFrom = List.copyOf(compiledFrom);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * An empty session of these rules, taken from the pool that every thread shares; its
     * {@code dispose()} resets it (facts, agenda, listeners) and gives it back to the pool.
     */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    /** Every rule that carries an id, in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Rules that were compiled but taken out again: disabled, or replaced by a rule of a later folder. */
    public List<RuleInfo> leftOut() {
        return leftOut;
    }

    /** What the guard flagged in rules that were let through anyway; empty unless unsafe rules were allowed. */
    public List<RuleProblem> unsafe() {
        return unsafe;
    }

    /**
     * What the compilation has to say that is not a problem in the rules: a damaged cache entry
     * compiled again, a cache that cannot be written, rules compiled without the executable model.
     */
    public List<String> notes() {
        return notes;
    }

    /** Where each folder's compiled rules came from, in folder order. */
    public List<CompiledFrom> compiledFrom() {
        return compiledFrom;
    }

    /** The same rules, sharing the compiled base, with the severities of some ids changed. */
    public RuleBase withSeverities(Map<String, Severity> severities) {
        Map<String, RuleInfo> changed = new LinkedHashMap<>();
        byQualifiedName.forEach((key, info) -> changed.put(key,
                severities.containsKey(info.id()) ? info.withSeverity(severities.get(info.id())) : info));
        List<RuleInfo> list = rules.stream()
                .map(info -> severities.containsKey(info.id()) ? info.withSeverity(severities.get(info.id())) : info)
                .toList();
        return new RuleBase(kieBase, sessions, list, changed, leftOut, unsafe, notes, compiledFrom);
    }

    /** Rules by id. */
    public Map<String, RuleInfo> byId() {
        return rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }

    RuleInfo info(String packageName, String ruleName) {
        return byQualifiedName.get(packageName + "." + ruleName);
    }
}
