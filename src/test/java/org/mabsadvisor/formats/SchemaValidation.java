package org.mabsadvisor.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A JSON Schema read from the test class path, validating with formats asserted. */
public final class SchemaValidation {
    private final JsonSchema schema;

    SchemaValidation(String resource, SpecVersion.VersionFlag version) {
        this(resource, JsonSchemaFactory.getInstance(version));
    }

    private SchemaValidation(String resource, JsonSchemaFactory factory) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = SchemaValidation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            this.schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report schema of the tool. */
    public static SchemaValidation report() {
        return new SchemaValidation(JsonReport.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    }

    /**
     * The fleet document schema of the tool; the report schema it refers to by $id is found as a
     * reader would be told to: given beside it, not fetched from the web.
     */
    public static SchemaValidation fleetReport() {
        JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
                .schemaLoaders(loaders -> loaders.schemas(Map.of("https://mabs-advisor.example/schemas/report-1.json", JsonReport.schemaText())))
                .build();
        return new SchemaValidation(JsonReport.FLEET_SCHEMA_RESOURCE, factory);
    }

    /** The official SARIF 2.1.0 schema, kept under src/test/resources/sarif. */
    public static SchemaValidation sarif() {
        return new SchemaValidation("/sarif/sarif-2.1.0.json", SpecVersion.VersionFlag.V7);
    }

    /** Every violation, one per line; empty when the document is valid. */
    public List<String> problems(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }
}
