package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The remediation of an action, bound to the facts of the finding: the cmdlet, its parameters
 * with their values (null for a value the facts did not have: the step is then left to the
 * administrator), the condition that holds while the problem does ({@code before}), the one that
 * holds once fixed ({@code after}, optional), where it runs ({@code server} or {@code protected})
 * and its impact ({@code Medium}, or {@code High} for a step that removes anything).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionFix(String cmdlet, @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> parameters, String before,
        String after, String runsOn, String impact) {

    public ActionFix {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
