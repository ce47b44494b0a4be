package org.mabsadvisor.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/** A compiled set of rules, thread-safe and meant to be shared, with what the advisor knows of each rule. */
public final class RuleBase {
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byQualifiedName;

    RuleBase(KieBase kieBase, List<RuleInfo> rules, Map<String, RuleInfo> byQualifiedName) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.byQualifiedName = Map.copyOf(byQualifiedName);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Every rule that carries an id, in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Rules by id. */
    public Map<String, RuleInfo> byId() {
        return rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }

    RuleInfo info(String packageName, String ruleName) {
        return byQualifiedName.get(packageName + "." + ruleName);
    }
}
