package org.mabsadvisor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.testing.Project;

/**
 * Keeps docs/facts.md in step with the facts schema: every property of the schema, nested ones
 * included, must be named in the document, written as a dotted path in backticks
 * ({@code protectionGroups[].onlineRetention.dailyDays}, arrays as {@code []}).
 */
class FactsDocTest {

    private static final Path DOC = Project.root().resolve("docs/facts.md");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[ \\t]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern JSON_EXAMPLE = Pattern.compile("(?ms)^```json\\s*\\n(.*?)^```");
    private static final Pattern SECTION = Pattern.compile("(?m)^## `([^`]+)`\\s*$");

    private static JsonNode schema;
    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        schema = new ObjectMapper().readTree(FactsLoader.schemaText());
        assertTrue(Files.isRegularFile(DOC), DOC + " is missing");
        doc = Files.readString(DOC);
    }

    @Test
    void everySchemaPropertyIsDocumented() {
        Set<String> paths = new LinkedHashSet<>();
        walk(schema, "", paths, new ArrayDeque<>());
        assertTrue(paths.size() > 20, "the schema walk found too few properties: " + paths);
        Set<String> spans = codeSpans(doc);
        List<String> missing = paths.stream().filter(p -> !spans.contains(p)).toList();
        assertTrue(missing.isEmpty(), "docs/facts.md does not document these schema properties (write each in backticks):\n  "
                + String.join("\n  ", missing));
    }

    @Test
    void everyEnumValueIsDocumented() {
        Set<String> values = new LinkedHashSet<>();
        enumValues(schema, values);
        Set<String> spans = codeSpans(doc);
        List<String> missing = values.stream().filter(v -> !spans.contains(v)).toList();
        assertTrue(missing.isEmpty(), "docs/facts.md does not list these allowed values (write each in backticks):\n  "
                + String.join("\n  ", missing));
    }

    @Test
    void topLevelSectionsFollowTheSchemaOrder() {
        List<String> expected = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(expected::add);
        List<String> sections = new ArrayList<>();
        Matcher m = SECTION.matcher(withoutFences(doc));
        while (m.find()) {
            sections.add(m.group(1));
        }
        assertEquals(expected, sections, "docs/facts.md needs one '## `name`' section per top-level property, in schema order");
    }

    @Test
    void everyJsonExampleIsValid() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        FactsLoader loader = new FactsLoader();
        List<String> problems = new ArrayList<>();
        Matcher m = JSON_EXAMPLE.matcher(doc);
        int count = 0;
        while (m.find()) {
            count++;
            // Examples show one section: the required parts are added around them.
            ObjectNode example = (ObjectNode) mapper.readTree(m.group(1));
            ObjectNode whole = mapper.createObjectNode();
            whole.put("schemaVersion", "1");
            whole.putObject("server").put("name", "MABS01");
            whole.setAll(example);
            String name = "example " + count + " (line " + (doc.substring(0, m.start()).split("\n", -1).length + 1) + ")";
            try {
                loader.parse(name, mapper.writeValueAsBytes(whole));
            } catch (InvalidFactsException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        assertTrue(count > 20, "too few JSON examples found: " + count);
        assertTrue(problems.isEmpty(), "invalid JSON examples in docs/facts.md:\n  " + String.join("\n  ", problems));
    }

    /** Collects the dotted path of every property under {@code node}; array items add {@code []}. */
    private static void walk(JsonNode node, String prefix, Set<String> paths, Deque<String> refs) {
        if (node == null || !node.isObject()) {
            return;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            String target = ref.asText();
            if (!refs.contains(target)) {
                refs.push(target);
                walk(resolve(target), prefix, paths, refs);
                refs.pop();
            }
        }
        Iterator<Map.Entry<String, JsonNode>> properties = node.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
            paths.add(path);
            walk(p.getValue(), path, paths, refs);
        }
        walk(node.get("items"), prefix + "[]", paths, refs);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode sub : node.path(combinator)) {
                walk(sub, prefix, paths, refs);
            }
        }
    }

    private static JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new AssertionError("only local $ref are supported by this test: " + ref);
        }
        JsonNode target = schema.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new AssertionError("unresolved $ref " + ref);
        }
        return target;
    }

    private static void enumValues(JsonNode node, Set<String> values) {
        if (node.isObject()) {
            for (JsonNode v : node.path("enum")) {
                values.add(v.asText());
            }
            node.elements().forEachRemaining(child -> enumValues(child, values));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> enumValues(child, values));
        }
    }

    private static String withoutFences(String text) {
        return FENCE.matcher(text).replaceAll("");
    }

    private static Set<String> codeSpans(String text) {
        Set<String> spans = new LinkedHashSet<>();
        Matcher m = CODE_SPAN.matcher(withoutFences(text));
        while (m.find()) {
            spans.add(m.group(1).trim());
        }
        return spans;
    }
}
