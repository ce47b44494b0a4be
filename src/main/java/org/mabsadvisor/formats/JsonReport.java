package org.mabsadvisor.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mabsadvisor.report.Report;

/** Writes a report as JSON for machines; its contract is the published report schema. */
public final class JsonReport implements ReportWriter {

    /** Classpath location of the JSON Schema of the report, printed by {@code mabs-advisor schema --report}. */
    public static final String SCHEMA_RESOURCE = "/org/mabsadvisor/report/report.schema.json";

    /** Classpath location of the JSON Schema of the fleet document, printed by {@code mabs-advisor schema --fleet-report}. */
    public static final String FLEET_SCHEMA_RESOURCE = "/org/mabsadvisor/report/fleet-report.schema.json";

    private final ObjectMapper mapper = mapper();

    /** How every JSON report is written: indented, dates as ISO text. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** The JSON Schema (draft 2020-12) that every JSON report follows. */
    public static String schemaText() {
        return resource(SCHEMA_RESOURCE);
    }

    /** The JSON Schema (draft 2020-12) of the fleet document; its hosts follow {@link #schemaText()}, which it refers to by $id. */
    public static String fleetSchemaText() {
        return resource(FLEET_SCHEMA_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = JsonReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String render(Report report) {
        try {
            return mapper.writeValueAsString(report) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }
}
