package org.mabsadvisor.waivers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.Waiver;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.mabsadvisor.input.InputFiles;

/**
 * Reads a waivers file (YAML): a {@code waivers} list whose entries give the {@code rule} (a
 * catalogue row), the {@code hosts} it applies to (a glob), the {@code justification}, the
 * {@code owner}, the last day it applies ({@code expires}, YYYY-MM-DD) and, optionally, the
 * {@code facts} it was granted for (JSON Pointer: value). Every problem is reported at its line and
 * column; nothing is half-loaded.
 */
public final class WaiverFile {
    private static final Set<String> KEYS = Set.of("rule", "hosts", "justification", "owner", "expires", "facts");
    private static final List<String> KEY_ORDER = List.of("rule", "hosts", "justification", "owner", "expires", "facts");

    private final YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The waivers of the file; {@code knownRules} are the catalogue rows a waiver may name. */
    public List<Waiver> load(Path file, Set<String> knownRules) throws InvalidWaiversException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = InputFiles.utf8(InputFiles.read(file, InputFiles.MAX_SMALL_FILE_BYTES));
        } catch (IOException e) {
            throw single(name, InputFiles.reason(e));
        }
        JsonNode root;
        try {
            root = yaml.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidWaiversException(List.of(syntax(name, e)));
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
        Located located = new Located(name, locate(bytes));
        List<Waiver> waivers = new ArrayList<>();
        if (root == null || root.isMissingNode() || !root.isObject() || !root.has("waivers")) {
            located.problem("", "expected a mapping with a 'waivers' list");
            throw new InvalidWaiversException(located.problems);
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!key.equals("waivers")) {
                located.problem("/" + escape(key), "unknown key '" + key + "' (the file holds a 'waivers' list)");
            }
        });
        JsonNode list = root.get("waivers");
        if (!list.isArray()) {
            located.problem("/waivers", "'waivers' must be a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Waiver w = waiver(list.get(i), "/waivers/" + i, knownRules, located);
                if (w != null) {
                    waivers.add(w);
                }
            }
        }
        if (!located.problems.isEmpty()) {
            throw new InvalidWaiversException(located.problems);
        }
        return waivers;
    }

    private static Waiver waiver(JsonNode node, String at, Set<String> knownRules, Located located) {
        if (!node.isObject()) {
            located.problem(at, "a waiver must be a mapping with " + String.join(", ", KEY_ORDER));
            return null;
        }
        int before = located.problems.size();
        node.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                located.problem(at + "/" + escape(key), "unknown key '" + key + "' (known: " + String.join(", ", KEY_ORDER) + ")");
            }
        });
        String rule = text(node, at, "rule", located);
        if (rule != null && knownRules != null && !knownRules.contains(rule)) {
            located.problem(at + "/rule", "no rule has the id '" + rule + "' ('mabs-advisor rules list' gives them)");
        }
        String hosts = text(node, at, "hosts", located);
        String justification = text(node, at, "justification", located);
        String owner = text(node, at, "owner", located);
        String expiresText = text(node, at, "expires", located);
        LocalDate expires = null;
        if (expiresText != null) {
            try {
                expires = LocalDate.parse(expiresText);
            } catch (DateTimeParseException e) {
                located.problem(at + "/expires", "'" + expiresText + "' is not a date written YYYY-MM-DD");
            }
        }
        Map<String, Object> facts = facts(node.get("facts"), at + "/facts", located);
        if (located.problems.size() > before) {
            return null;
        }
        return new Waiver(rule, hosts, justification, owner, expires, facts, located.file + ":" + located.line(at));
    }

    private static String text(JsonNode node, String at, String key, Located located) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            located.problem(at, "missing '" + key + "'");
            return null;
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            located.problem(at + "/" + key, "'" + key + "' must be a non-empty text");
            return null;
        }
        return value.asText().strip();
    }

    /** The fact values a waiver was granted for: JSON Pointers into the facts file, each with a text, number or true/false. */
    private static Map<String, Object> facts(JsonNode node, String at, Located located) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (node == null) {
            return facts;
        }
        if (!node.isObject()) {
            located.problem(at, "'facts' must map JSON Pointers (such as /marsAgent/version) to the values the waiver was granted for");
            return facts;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = at + "/" + escape(e.getKey());
            if (!e.getKey().startsWith("/") || e.getKey().matches(".*~[^01].*|.*~$")) {
                located.problem(where, "'" + e.getKey() + "' is not a JSON Pointer into the facts file (such as /marsAgent/version)");
            } else if (e.getValue().isTextual()) {
                facts.put(e.getKey(), e.getValue().asText());
            } else if (e.getValue().isNumber()) {
                facts.put(e.getKey(), e.getValue().numberValue());
            } else if (e.getValue().isBoolean()) {
                facts.put(e.getKey(), e.getValue().asBoolean());
            } else {
                located.problem(where, "the value of " + e.getKey() + " must be a text, a number or true/false");
            }
        }
        return facts;
    }

    /** Line and column of every node of the YAML document, by JSON Pointer. */
    private Map<String, int[]> locate(byte[] bytes) {
        Map<String, int[]> at = new HashMap<>();
        try (JsonParser p = ((YAMLFactory) yaml.getFactory()).createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation loc = p.currentTokenLocation();
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.FIELD_NAME) {
                    // A key locates the entry it opens, which is where a reader looks for it.
                    pointer = pointer.isEmpty() ? "/" + escape(p.currentName()) : pointer;
                }
                at.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        } catch (IOException e) {
            // Only reached for documents that already parsed once; keep what was located.
        }
        return at;
    }

    /** A YAML syntax error at its place, in the parser's own short words rather than its multi-line echo of the source. */
    private static InputProblem syntax(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
            return new InputProblem(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1, "",
                    "not valid YAML: " + InputFiles.plain(m.getProblem() + context));
        }
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        return new InputProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "", "not valid YAML: " + InputFiles.plain(message));
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static InvalidWaiversException single(String file, String message) {
        return new InvalidWaiversException(List.of(new InputProblem(file, 0, 0, "", message)));
    }

    /** The problems found so far, each placed at the nearest located node of its pointer. */
    private static final class Located {
        final String file;
        final Map<String, int[]> locations;
        final List<InputProblem> problems = new ArrayList<>();

        Located(String file, Map<String, int[]> locations) {
            this.file = file;
            this.locations = locations;
        }

        void problem(String pointer, String message) {
            int[] at = nearest(pointer);
            problems.add(new InputProblem(file, at[0], at[1], pointer, message));
        }

        int line(String pointer) {
            return nearest(pointer)[0];
        }

        private int[] nearest(String pointer) {
            String p = pointer;
            while (true) {
                int[] at = locations.get(p);
                if (at != null || p.isEmpty()) {
                    return at != null ? at : new int[] {1, 1};
                }
                p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            }
        }
    }
}
