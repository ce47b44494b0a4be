package org.mabsadvisor.facts;

import java.util.Arrays;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A root cause recognised by a cause rule ({@code @kind("cause")}), inserted for other rules to
 * chain on. {@code basis} holds the facts it was recognised from: findings that matched any of
 * them, or this diagnosis itself, are grouped under the cause in the report.
 *
 * <pre>{@code then insert(Diagnosis.of(drools, $service));}</pre>
 */
public record Diagnosis(String cause, List<Object> basis) {

    public Diagnosis {
        basis = List.copyOf(basis);
    }

    /** A diagnosis named after the @id of the rule whose consequence creates it. */
    public static Diagnosis of(RuleContext rule, Object... basis) {
        Object id = rule.getRule().getMetaData().get("id");
        return new Diagnosis(id == null ? rule.getRule().getName() : id.toString(), Arrays.asList(basis));
    }

    /** True when this diagnosis is the cause {@code id}. */
    public boolean is(String id) {
        return cause.equals(id);
    }
}
