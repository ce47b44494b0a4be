package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A recommended action, ready to show: a step with an optional exact command, or (when
 * {@code alternatives} is not empty) a choice of which one is enough.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Action(String text, String command, List<Action> alternatives) {

    public Action {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public boolean isChoice() {
        return !alternatives.isEmpty();
    }
}
