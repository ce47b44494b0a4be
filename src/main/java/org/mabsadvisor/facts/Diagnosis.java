package org.mabsadvisor.facts;

import java.util.Arrays;
import java.util.List;

/**
 * A root cause recognised by a cause rule ({@code @kind("cause")}), inserted for other rules to
 * chain on. {@code basis} holds the facts it was recognised from: findings that matched any of
 * them, or this diagnosis itself, are grouped under the cause in the report.
 *
 * <pre>{@code then insert(Diagnosis.of("CAUSE-MARS-ENGINE-DOWN", $service));}</pre>
 *
 * <p>{@code cause} is the @id of the cause rule that inserts it: that rule's texts word the cause.
 */
public record Diagnosis(String cause, List<Object> basis) implements Derived {

    public Diagnosis {
        basis = List.copyOf(basis);
    }

    /** A diagnosis of the cause {@code cause}, recognised from the given facts. */
    public static Diagnosis of(String cause, Object... basis) {
        return new Diagnosis(cause, Arrays.asList(basis));
    }

    /** True when this diagnosis is the cause {@code id}. */
    public boolean is(String id) {
        return cause.equals(id);
    }
}
