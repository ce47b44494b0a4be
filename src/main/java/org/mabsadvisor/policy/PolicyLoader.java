package org.mabsadvisor.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.packaged.ShippedYaml;
import org.mabsadvisor.input.InputFiles;

/** Reads the default policy and applies an administrator's overrides on top of it, key by key. */
public final class PolicyLoader {

    /** File name of the default policy inside the built-in rules folder. */
    public static final String DEFAULT_FILE = "policy.yaml";

    /** Binds the merged tree, whatever format it was read from. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** The bytes of each file read, to locate the values that are checked after binding. */
    private final Map<Path, byte[]> bytes = new java.util.HashMap<>();
        /** Made only for a file that was not shipped with the tool: the default policy needs none. */
    private ObjectMapper yaml;

    /** Loads {@code defaults}, then overrides it with {@code override} when not null. */
    public Policy load(Path defaults, Path override) throws InvalidPolicyException {
        JsonNode merged = read(defaults);
        List<String> known = fieldNames(merged);
        if (override != null) {
            JsonNode extra = read(override);
            if (!extra.isObject()) {
                throw new InvalidPolicyException(override + ": a policy file is a mapping of names to values");
            }
            merge((ObjectNode) merged, extra);
        }
        try {
            Policy policy = json.treeToValue(merged, Policy.class);
            List<String> problems = PolicyCheck.problems(policy, defaults, bytes.get(defaults), override, override == null ? null : bytes.get(override));
            if (!problems.isEmpty()) {
                throw new InvalidPolicyException(String.join("\n  ", problems));
            }
            return policy;
        } catch (UnrecognizedPropertyException e) {
            String where = override != null ? override.toString() : defaults.toString();
            throw new InvalidPolicyException(where + ": unknown setting '" + path(e) + "'; the settings are those of "
                    + DEFAULT_FILE + ": " + String.join(", ", known));
        } catch (JsonMappingException e) {
            String where = override != null ? override.toString() : defaults.toString();
            throw new InvalidPolicyException(where + ": setting '" + path(e) + "' has a value of the wrong type");
        } catch (JsonProcessingException e) {
            String where = override != null ? override.toString() : defaults.toString();
            throw new InvalidPolicyException(where + ": " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return s.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode read(Path file) throws InvalidPolicyException {
        try {
            byte[] bytes = InputFiles.utf8(InputFiles.read(file, InputFiles.MAX_SMALL_FILE_BYTES));
            this.bytes.put(file, bytes);
            byte[] shipped = ShippedYaml.json(file.getFileName().toString(), bytes);
            JsonNode node = shipped != null ? json.readTree(shipped) : yaml().readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new InvalidPolicyException(file + ": a policy file is a mapping of names to values");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String pos = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InvalidPolicyException(file + pos + ": " + InputFiles.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidPolicyException(file + ": " + InputFiles.reason(e));
        }
    }

    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = new YAMLMapper();
        }
        return yaml;
    }

    private static void merge(ObjectNode base, JsonNode extra) {
        Iterator<Map.Entry<String, JsonNode>> fields = extra.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode current = base.get(f.getKey());
            if (current != null && current.isObject() && f.getValue().isObject()) {
                merge((ObjectNode) current, f.getValue());
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }
}
