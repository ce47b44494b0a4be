package org.mabsadvisor.report;

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
import java.util.Set;

/** A JSON Schema read from the test class path, validating with formats asserted. */
final class SchemaValidation {
    private final JsonSchema schema;

    SchemaValidation(String resource, SpecVersion.VersionFlag version) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = SchemaValidation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            this.schema = JsonSchemaFactory.getInstance(version).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report schema of the tool. */
    static SchemaValidation report() {
        return new SchemaValidation(JsonReport.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    }

    /** The official SARIF 2.1.0 schema, kept under src/test/resources/sarif. */
    static SchemaValidation sarif() {
        return new SchemaValidation("/sarif/sarif-2.1.0.json", SpecVersion.VersionFlag.V7);
    }

    /** Every violation, one per line; empty when the document is valid. */
    List<String> problems(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }
}
