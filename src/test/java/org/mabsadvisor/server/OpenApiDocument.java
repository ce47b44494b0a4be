package org.mabsadvisor.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document the server serves, used by tests to check answers against it: each answer's
 * status must be one the document gives for that operation, and a JSON body must follow the
 * schema the document gives for that status (its JSON Schemas are draft 2020-12, as OpenAPI 3.1 says).
 */
final class OpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode doc;

    private OpenApiDocument(JsonNode doc) {
        this.doc = doc;
    }

    static OpenApiDocument load() throws IOException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/org/mabsadvisor/server/web/openapi.json")) {
            assertNotNull(in, "the OpenAPI document is in the jar");
            return new OpenApiDocument(JSON.readTree(in));
        }
    }

    JsonNode tree() {
        return doc;
    }

    /** Checks an answer of the operation {@code method path} (the document's template, such as /api/v1/analyses/{id}). */
    JsonNode check(String method, String path, HttpResponse<String> answer) throws IOException {
        JsonNode operation = doc.path("paths").path(path).path(method.toLowerCase());
        assertTrue(operation.isObject(), "the document describes " + method + " " + path);
        JsonNode response = operation.path("responses").path(Integer.toString(answer.statusCode()));
        assertTrue(response.isObject(), method + " " + path + " answered " + answer.statusCode() + ", which the document does not list: " + answer.body());
        String mediaType = answer.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip();
        JsonNode content = response.path("content");
        if (content.isMissingNode()) {
            return null;
        }
        JsonNode media = content.path(mediaType);
        assertTrue(media.isObject(), method + " " + path + " " + answer.statusCode() + " answered " + mediaType + ", not one of " + content);
        if (!mediaType.endsWith("json")) {
            return null;
        }
        JsonNode body = JSON.readTree(answer.body());
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.setAll((ObjectNode) media.path("schema").deepCopy());
        schema.set("components", doc.path("components"));
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        Set<ValidationMessage> problems = validator.validate(body);
        assertTrue(problems.isEmpty(), method + " " + path + " " + answer.statusCode() + " does not follow the document: "
                + problems.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n" + answer.body());
        return body;
    }
}
