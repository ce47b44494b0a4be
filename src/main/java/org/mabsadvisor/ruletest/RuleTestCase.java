package org.mabsadvisor.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One rule test case: a facts document (a base sample with a few changes) and the rule ids that
 * must fire and must not fire on it.
 *
 * <p>{@code set} maps JSON Pointers to new values ({@code /events/-} appends to a list);
 * {@code remove} lists JSON Pointers to delete. Changes apply in that order. {@code history} gives
 * the measures of earlier analyses of the host, each with {@code daysBefore} the facts' collection
 * time (such as {@code {daysBefore: 3, windowsTempFiles: 42000}}), for the rules on forecasts,
 * which the server derives from a host's history.
 */
public record RuleTestCase(
        String name,
        String base,
        JsonNode facts,
        Map<String, JsonNode> set,
        List<String> remove,
        List<Map<String, Double>> history,
        List<String> fires,
        List<String> notFires) {

    public RuleTestCase {
        set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        remove = remove == null ? List.of() : List.copyOf(remove);
        history = history == null ? List.of() : List.copyOf(history);
        fires = fires == null ? List.of() : List.copyOf(fires);
        notFires = notFires == null ? List.of() : List.copyOf(notFires);
    }
}
