package org.mabsadvisor.engine;

import java.util.List;
import java.util.Map;

/** One firing of a rule: the rule, the values its declarations were bound to, and the facts it matched. */
public record Firing(RuleInfo rule, Map<String, Object> bindings, List<MatchedFact> facts) {

    public Firing {
        bindings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bindings));
        facts = List.copyOf(facts);
    }
}
