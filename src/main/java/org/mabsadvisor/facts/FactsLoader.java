package org.mabsadvisor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a facts file: JSON syntax, then the JSON Schema, then binding to {@link FactsDocument}.
 * Every failure becomes an {@link InvalidFactsException} whose problems say where (line, column,
 * JSON Pointer). The input is only ever read.
 */
public final class FactsLoader {

    /** Classpath location of the facts schema, also printed by {@code mabs-advisor schema}. */
    public static final String SCHEMA_RESOURCE = "/org/mabsadvisor/facts/facts.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    public FactsLoader() {
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new JavaTimeModule())
                .build();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .errorMessageKeyword("message")
                .build();
        try (InputStream in = FactsLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("facts schema missing from the build", e);
        }
    }

    /** The facts schema text. */
    public static String schemaText() {
        try (InputStream in = FactsLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a facts file. */
    public FactsDocument load(Path file) throws InvalidFactsException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw single(name, "is a directory, not a facts file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file");
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
        return parse(name, bytes);
    }

    /** Checks facts given as bytes; {@code name} is what messages call the input. */
    public FactsDocument parse(String name, byte[] bytes) throws InvalidFactsException {
        JsonNode tree = parseTree(name, bytes);
        List<InputProblem> problems = validate(name, bytes, tree);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems);
        }
        try {
            return mapper.treeToValue(tree, FactsDocument.class);
        } catch (JsonMappingException e) {
            String pointer = pointerOf(e);
            int[] at = locate(bytes).getOrDefault(pointer, new int[] {0, 0});
            throw new InvalidFactsException(List.of(new InputProblem(name, at[0], at[1], pointer, e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(List.of(located(name, e)));
        }
    }

    private JsonNode parseTree(String name, byte[] bytes) throws InvalidFactsException {
        if (bytes.length == 0) {
            throw single(name, "is empty");
        }
        try {
            JsonNode tree = mapper.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw single(name, "holds no JSON value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(List.of(located(name, e)));
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
    }

    private List<InputProblem> validate(String name, byte[] bytes, JsonNode tree) {
        var messages = schema.validate(tree);
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<String, int[]> locations = locate(bytes);
        List<InputProblem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            int[] at = nearestLocation(locations, pointer);
            problems.add(new InputProblem(name, at[0], at[1], pointer, withoutPointer(m.getMessage(), pointer)));
        }
        problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column)
                .thenComparing(InputProblem::message));
        return problems;
    }

    /** The validator prefixes its messages with the pointer, which the problem already carries. */
    private static String withoutPointer(String message, String pointer) {
        String prefix = pointer + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static int[] nearestLocation(Map<String, int[]> locations, String pointer) {
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return at != null ? at : new int[] {1, 1};
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** Line and column of every value in the document, by JSON Pointer; only computed when reporting errors. */
    private Map<String, int[]> locate(byte[] bytes) {
        Map<String, int[]> at = new HashMap<>();
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation loc = p.currentTokenLocation();
                at.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        } catch (IOException e) {
            // Only reached for documents that already parsed once; keep what was located.
        }
        return at;
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            s.append('/');
            s.append(r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
        }
        return s.toString();
    }

    private static InputProblem located(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        return new InputProblem(name, line, column, "", "malformed JSON: " + plain(e.getOriginalMessage()));
    }

    /** Jackson's messages name its own classes and settings; keep what a person can act on. */
    static String plain(String message) {
        String m = message.replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
                .replaceAll(" \\(bound as `[^`]*`\\)", "")
                .replaceAll(": not allowed as per `[^`]*`", "")
                .replaceAll("\\s*\\n at \\[Source.*$", "");
        return m.replace("start marker at line", "opened at line");
    }

    private static InvalidFactsException single(String name, String message) {
        return new InvalidFactsException(List.of(new InputProblem(name, 0, 0, "", message)));
    }
}
