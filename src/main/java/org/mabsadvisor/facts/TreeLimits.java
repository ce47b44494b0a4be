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
        walk(name, tree, "", maxListItems, problems);
        return problems;
    }

    private static void walk(String name, JsonNode node, String pointer, int maxListItems, List<InputProblem> problems) {
        if (problems.size() >= 20) {
            return;
        }
        if (node.isArray()) {
            if (node.size() > maxListItems) {
                problems.add(new InputProblem(name, 0, 0, pointer, "has " + node.size() + " items; the limit is " + maxListItems));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(name, node.get(i), pointer + "/" + i, maxListItems, problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(name, field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), maxListItems, problems);
            }
        } else if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            problems.add(new InputProblem(name, 0, 0, pointer, "number " + node.asText() + " is out of range"));
        } else if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    problems.add(new InputProblem(name, 0, 0, pointer, String.format("contains the control character U+%04X", (int) c)));
                    return;
                }
            }
        }
    }
}
