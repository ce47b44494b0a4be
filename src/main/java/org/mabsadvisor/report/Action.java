package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A recommended action, ready to show: a step with an optional exact command, or (when
 * {@code alternatives} is not empty) a choice of which one is enough. {@code fix}, when the rule
 * gives one, is the same step as a reviewed cmdlet for {@code mabs-advisor remediate}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Action(String text, String command, List<Action> alternatives, @JsonInclude(JsonInclude.Include.NON_NULL) ActionFix fix) {

    public Action {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public Action(String text, String command, List<Action> alternatives) {
        this(text, command, alternatives, null);
    }

    public boolean isChoice() {
        return !alternatives.isEmpty();
    }
}
