package org.mabsadvisor.findings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One recommended action as written in a rule's texts: a step to do, with an optional exact
 * command, or a set of alternatives ({@code anyOf}) of which one is enough.
 */
public record ActionText(@JsonProperty("do") String step, String command, List<ActionText> anyOf) {

    public ActionText {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
}
