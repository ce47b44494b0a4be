package org.mabsadvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks on the parsed tree that come before the schema: list sizes, numbers too large to be real
 * (1e400 reads as infinity) and control characters in strings, which no collector writes and which
 * would corrupt XML or terminal output later.
 */
final class TreeLimits {
    private TreeLimits() {
    }

    static List<InputProblem> check(String name, JsonNode tree, int maxListItems) {
        List<InputProblem> problems = new ArrayList<>();
        walk(name, tree, new ArrayList<>(), maxListItems, problems);
        return problems;
    }

    /**
     * {@code path}: the field names and indexes down to the node, made into a JSON Pointer only
     * for a problem; building a pointer for every value took longer than the checks.
     */
    private static void walk(String name, JsonNode node, List<Object> path, int maxListItems, List<InputProblem> problems) {
        if (problems.size() >= 20) {
            return;
        }
        if (node.isArray()) {
            if (node.size() > maxListItems) {
                problems.add(new InputProblem(name, 0, 0, pointer(path), "has " + node.size() + " items; the limit is " + maxListItems));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                walk(name, node.get(i), path, maxListItems, problems);
                path.remove(path.size() - 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                path.add(field.getKey());
                walk(name, field.getValue(), path, maxListItems, problems);
                path.remove(path.size() - 1);
            }
        } else if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            problems.add(new InputProblem(name, 0, 0, pointer(path), "number " + node.asText() + " is out of range"));
        } else if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    problems.add(new InputProblem(name, 0, 0, pointer(path), String.format("contains the control character U+%04X", (int) c)));
                    return;
                }
            }
        }
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append('/').append(step instanceof String key ? key.replace("~", "~0").replace("/", "~1") : step);
        }
        return pointer.toString();
    }
}
