package org.mabsadvisor.findings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows facts as the facts file spells them (field names, enum values), for evidence and templates. */
final class FactView {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper mapper;
    /**
     * The facts already described, by identity, in a view for one report (null in the shared one):
     * a report shows the same facts in many texts, and converting a record to a map is most of
     * what wording a finding costs.
     */
    private final Map<Object, Map<String, Object>> described;
    /** The readers of each record type's fields, by the names {@link #describeAll} gives them: found once per type, shared by the views of every report. */
    private final ClassValue<Map<String, AnnotatedMember>> readers;

    FactView() {
        this(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build(), null);
    }

    private FactView(ObjectMapper mapper, Map<Object, Map<String, Object>> described) {
        this(mapper, described, new ClassValue<>() {
            @Override
            protected Map<String, AnnotatedMember> computeValue(Class<?> type) {
                Map<String, AnnotatedMember> byName = new HashMap<>();
                mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
                        .filter(p -> p.getAccessor() != null)
                        .forEach(p -> byName.put(p.getName(), p.getAccessor()));
                return byName;
            }
        });
    }

    private FactView(ObjectMapper mapper, Map<Object, Map<String, Object>> described, ClassValue<Map<String, AnnotatedMember>> readers) {
        this.mapper = mapper;
        this.described = described;
        this.readers = readers;
    }

    /** A view that describes each fact once: for the texts of one report, on one thread. */
    FactView forOneReport() {
        return new FactView(mapper, new IdentityHashMap<>(), readers);
    }

    /** The fields of a fact record, without unknown (null) values; a map of its own, that the caller may keep. */
    Map<String, Object> describe(Object fact) {
        Map<String, Object> fields = new LinkedHashMap<>(describeAll(fact));
        fields.values().removeIf(v -> v == null);
        return fields;
    }

    /** The fields of a fact record, unknown (null) values included, for templates; not to be changed. */
    Map<String, Object> describeAll(Object fact) {
        if (described == null) {
            return mapper.convertValue(fact, MAP);
        }
        Map<String, Object> fields = described.get(fact);
        if (fields == null) {
            fields = mapper.convertValue(fact, MAP);
            described.put(fact, fields);
        }
        return fields;
    }

    /** What {@link #field} gives for a name the fact has no field of. */
    static final Object NO_FIELD = new Object();

    /**
     * One field of a fact as {@link #describeAll} shows it (the same value, converted the same way),
     * or {@link #NO_FIELD}: a text names one or two fields of a fact, and describing the whole fact,
     * nested lists included, cost most of wording it.
     */
    Object field(Object fact, String name) {
        if (!fact.getClass().isRecord()) {
            Map<String, Object> fields = describeAll(fact);
            return fields.containsKey(name) ? fields.get(name) : NO_FIELD;
        }
        AnnotatedMember reader = readers.get(fact.getClass()).get(name);
        if (reader == null) {
            return NO_FIELD;
        }
        Object value = reader.getValue(fact);
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
            return value;
        }
        return mapper.convertValue(value, Object.class);
    }

    /**
     * The fields a template may name on a fact of this type, as {@link #describeAll} spells them;
     * null when they are only known once a value is seen (not a record: a map, a number, an interface).
     */
    Set<String> fieldsOf(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties()
                .forEach(p -> names.add(p.getName()));
        return names;
    }

    /** The type of a field of a record fact, or null when not known. */
    Class<?> fieldType(Class<?> type, String field) {
        if (!type.isRecord()) {
            return null;
        }
        AnnotatedMember reader = readers.get(type).get(field);
        return reader == null ? null : reader.getRawType();
    }

    /** A single value as the facts file would spell it (enums by their JSON name). */
    Object plain(Object value) {
        if (value instanceof Enum<?>) {
            return mapper.convertValue(value, String.class);
        }
        return value;
    }
}
