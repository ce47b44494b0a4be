package org.mabsadvisor.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Tells a rule that loops from a server that simply has many facts. A loop is the same activation
 * firing again and again: one rule on the very same facts (a rule that updates what it matched, two
 * rules that undo each other). A busy server instead fires each rule once per fact, so its firings
 * grow with its facts and repeat nothing. What the guard counts:
 * <ul>
 * <li>repeats of one activation (a rule and the identities of the facts it matched), at most
 * {@link #repeatLimit()}: the loop is found after that many turns, however many facts there are;</li>
 * <li>all firings, at most {@code maxFirings + FIRINGS_PER_FACT * facts}: the one loop that repeats
 * no activation, a rule that keeps inserting new facts that make it fire again, still ends.</li>
 * </ul>
 */
final class LoopGuard {

    /** The most times the same rule may fire on the same facts; a real rule fires once, or twice after an update. */
    static final int MAX_REPEATS = 1_000;

    /** Firings a run may take for each fact it was given, above the base limit: many rules look at each event. */
    static final int FIRINGS_PER_FACT = 10;

    private final int repeatLimit;
    private final long totalLimit;
    private final Map<Activation, Integer> repeats = new HashMap<>();
    private final Map<Rule, Integer> byRule = new HashMap<>();
    private long fired;
    private Activation looping;

    LoopGuard(int maxFirings, int facts) {
        this.repeatLimit = Math.min(maxFirings, MAX_REPEATS);
        this.totalLimit = maxFirings + (long) FIRINGS_PER_FACT * facts;
    }

    int repeatLimit() {
        return repeatLimit;
    }

    long totalLimit() {
        return totalLimit;
    }

    long fired() {
        return fired;
    }

    Map<Rule, Integer> byRule() {
        return byRule;
    }

    /** The activation that repeated past the limit, or null if the run stopped on the total. */
    Activation looping() {
        return looping;
    }

    /** Counts one firing; true when the run must stop. */
    boolean fired(Rule rule, List<? extends Object> objects) {
        fired++;
        byRule.merge(rule, 1, Integer::sum);
        Activation activation = new Activation(rule, objects);
        int times = repeats.merge(activation, 1, Integer::sum);
        if (times > repeatLimit && looping == null) {
            looping = activation;
        }
        return looping != null || fired >= totalLimit;
    }

    /**
     * A rule and the facts it matched, compared by identity: two equal events are two facts, and a
     * fact that a rule modifies in place is still the same fact.
     */
    static final class Activation {
        private final Rule rule;
        private final Object[] objects;
        private final int hash;

        Activation(Rule rule, List<? extends Object> objects) {
            this.rule = rule;
            this.objects = objects.toArray();
            int h = rule.hashCode();
            for (Object o : this.objects) {
                h = 31 * h + System.identityHashCode(o);
            }
            this.hash = h;
        }

        Rule rule() {
            return rule;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Activation that) || that.rule != rule || that.objects.length != objects.length) {
                return false;
            }
            for (int i = 0; i < objects.length; i++) {
                if (that.objects[i] != objects[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
