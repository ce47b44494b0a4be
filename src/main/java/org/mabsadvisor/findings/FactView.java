package org.mabsadvisor.findings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/** Shows facts as the facts file spells them (field names, enum values), for evidence and templates. */
final class FactView {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The fields of a fact record, without unknown (null) values. */
    Map<String, Object> describe(Object fact) {
        Map<String, Object> fields = mapper.convertValue(fact, MAP);
        fields.values().removeIf(v -> v == null);
        return fields;
    }

    /** The fields of a fact record, unknown (null) values included, for templates. */
    Map<String, Object> describeAll(Object fact) {
        return mapper.convertValue(fact, MAP);
    }

    /** A single value as the facts file would spell it (enums by their JSON name). */
    Object plain(Object value) {
        if (value instanceof Enum<?>) {
            return mapper.convertValue(value, String.class);
        }
        return value;
    }
}
