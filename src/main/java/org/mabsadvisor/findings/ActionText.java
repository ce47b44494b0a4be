package org.mabsadvisor.findings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.mabsadvisor.remediation.Fix;

/**
 * One recommended action as written in a rule's texts: a step to do, with an optional exact
 * command, or a set of alternatives ({@code anyOf}) of which one is enough; an action that changes
 * the server may add its machine-readable remediation ({@code fix}, see {@link Fix}).
 */
public record ActionText(@JsonProperty("do") String step, String command, List<ActionText> anyOf, Fix fix) {

    public ActionText {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    public ActionText(String step, String command, List<ActionText> anyOf) {
        this(step, command, anyOf, null);
    }

    /** The step and command of this action and of each of its alternatives, in order (absent ones left out). */
    List<String> templates() {
        List<String> all = new java.util.ArrayList<>();
        if (step != null) {
            all.add(step);
        }
        if (command != null) {
            all.add(command);
        }
        anyOf.forEach(a -> all.addAll(a.templates()));
        return all;
    }

    /** The fix of this action and those of its alternatives, in order. */
    public List<Fix> fixes() {
        List<Fix> all = new java.util.ArrayList<>();
        if (fix != null) {
            all.add(fix);
        }
        anyOf.forEach(a -> all.addAll(a.fixes()));
        return all;
    }
}
