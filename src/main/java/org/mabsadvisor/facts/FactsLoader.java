package org.mabsadvisor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.mabsadvisor.input.InputFiles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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
    private final InputLimits limits;

    public FactsLoader() {
        this(InputLimits.DEFAULT);
    }

    public FactsLoader(InputLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxFileBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(64)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
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

    /** Reads and checks a facts file: only a regular file, never more than the size limit even if it grows while read. */
    public FactsDocument load(Path file) throws InvalidFactsException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw single(name, "is a directory, not a facts file");
        }
        byte[] bytes;
        try {
            InputFiles.requireRegular(file);
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                // Refused from its size at once; the bounded read below holds for files that lie about it.
                throw tooLarge(name, size);
            }
            bytes = InputFiles.read(file, limits.maxFileBytes());
        } catch (IOException e) {
            throw single(name, InputFiles.reason(e));
        }
        return parse(name, bytes);
    }

    /** Reads facts from a stream (standard input), never more than the size limit. */
    public FactsDocument read(String name, InputStream in) throws InvalidFactsException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw single(name, InputFiles.reason(e));
        }
        return parse(name, bytes);
    }

    /** Dates in the future: worth a warning, not a refusal (the server clock may be what is wrong). */
    public List<InputProblem> warnings(String name, FactsDocument doc) {
        return FactsConsistency.warnings(name, doc, Instant.now());
    }

    /** Checks facts given as bytes; {@code name} is what messages call the input. */
    public FactsDocument parse(String name, byte[] bytes) throws InvalidFactsException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(name, bytes.length);
        }
        TextEncoding.check(name, bytes);
        InputProblem tooMany = StreamLimits.check(name, mapper.getFactory(), bytes, limits.maxListItems());
        if (tooMany != null) {
            throw new InvalidFactsException(List.of(tooMany));
        }
        JsonNode tree = parseTree(name, bytes);
        List<InputProblem> problems = new ArrayList<>(TreeLimits.check(name, tree, limits.maxListItems()));
        if (problems.isEmpty()) {
            problems.addAll(validate(name, bytes, tree));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(located(bytes, problems));
        }
        try {
            FactsDocument doc = mapper.treeToValue(tree, FactsDocument.class);
            List<InputProblem> contradictions = FactsConsistency.errors(name, doc);
            if (!contradictions.isEmpty()) {
                throw new InvalidFactsException(located(bytes, contradictions));
            }
            return doc;
        } catch (InvalidFormatException e) {
            String pointer = pointerOf(e);
            int[] at = locate(bytes, List.of(pointer)).getOrDefault(pointer, new int[] {0, 0});
            String what = e.getTargetType() == OffsetDateTime.class ? "a valid date and time" : "a valid value here";
            throw new InvalidFactsException(List.of(new InputProblem(name, at[0], at[1], pointer, "\"" + e.getValue() + "\" is not " + what)));
        } catch (JsonMappingException e) {
            String pointer = pointerOf(e);
            int[] at = locate(bytes, List.of(pointer)).getOrDefault(pointer, new int[] {0, 0});
            throw new InvalidFactsException(List.of(new InputProblem(name, at[0], at[1], pointer, plain(e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(List.of(located(name, e)));
        }
    }

    private JsonNode parseTree(String name, byte[] bytes) throws InvalidFactsException {
        if (bytes.length == 0) {
            throw single(name, "is empty");
        }
        JsonParser parser = null;
        try {
            parser = mapper.getFactory().createParser(bytes);
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw single(name, "holds no JSON value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            InputProblem p = located(name, e);
            if (p.line() == 0 && parser != null) {
                // Limit violations carry no location of their own; the parser knows where it stopped.
                JsonLocation at = parser.currentLocation();
                p = new InputProblem(name, at.getLineNr(), at.getColumnNr(), p.pointer(), p.message());
            }
            throw new InvalidFactsException(List.of(p));
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Closing a parser over a byte array cannot fail in a way that matters here.
                }
            }
        }
    }

    private List<InputProblem> validate(String name, byte[] bytes, JsonNode tree) {
        List<InputProblem> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(tree)) {
            String pointer = m.getInstanceLocation().toString();
            problems.add(new InputProblem(name, 0, 0, pointer, withoutPointer(m.getMessage(), pointer)));
            if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
                // Locate the unknown property itself rather than the object around it.
                InputProblem p = problems.remove(problems.size() - 1);
                problems.add(new InputProblem(name, 0, 0, pointer + "/" + m.getProperty(), p.message()));
            }
        }
        return problems;
    }

    /** Adds line and column to problems located by pointer, in document order. */
    private List<InputProblem> located(byte[] bytes, List<InputProblem> problems) {
        Map<String, int[]> locations = locate(bytes, problems.stream().map(InputProblem::pointer).toList());
        List<InputProblem> out = new ArrayList<>();
        for (InputProblem p : problems) {
            int[] at = nearestLocation(locations, p.pointer());
            out.add(new InputProblem(p.file(), at[0], at[1], p.pointer(), p.message()));
        }
        out.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column)
                .thenComparing(InputProblem::message));
        return out;
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

    /**
     * Line and column of the values at these pointers and of the values around them, by JSON
     * Pointer; only computed when reporting errors, and only for what is wanted, so that locating
     * one problem in a large document keeps the memory of a few entries.
     */
    private Map<String, int[]> locate(byte[] bytes, Collection<String> pointers) {
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            String p = pointer;
            while (wanted.add(p) && !p.isEmpty()) {
                p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            }
        }
        Map<String, int[]> at = new HashMap<>();
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null && at.size() < wanted.size()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    JsonLocation loc = p.currentTokenLocation();
                    at.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
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
                .replaceAll(", from `[^`]*`\\)", ")")
                .replaceAll("\\s*\\n at \\[Source.*$", "");
        return m.replace("start marker at line", "opened at line");
    }

    private InvalidFactsException tooLarge(String name, long size) {
        return single(name, "is too large (" + size + " bytes; the limit is " + limits.maxFileBytes() + ")");
    }

    private static InvalidFactsException single(String name, String message) {
        return new InvalidFactsException(List.of(new InputProblem(name, 0, 0, "", message)));
    }
}
