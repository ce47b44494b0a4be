package org.mabsadvisor.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.mabsadvisor.facts.InputProblem;

/** Reads manifest.json; a newer collector may add fields, which are ignored. */
final class ManifestReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .addModule(new JavaTimeModule())
            .build();

    Manifest read(Bundle bundle) throws InvalidBundleException {
        String where = bundle.locate(Bundle.MANIFEST);
        byte[] bytes;
        try {
            bytes = bundle.read(Bundle.MANIFEST).orElseThrow(() -> InvalidBundleException.of(where, "is missing: not a bundle"));
        } catch (IOException e) {
            throw InvalidBundleException.of(where, org.mabsadvisor.input.InputFiles.reason(e));
        }
        Manifest manifest;
        try {
            manifest = mapper.readValue(Text.decode(bytes), Manifest.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidBundleException(List.of(new InputProblem(where, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", "malformed manifest: " + plain(e))));
        }
        if (manifest != null && manifest.format() != null && !manifest.format().equals("1")) {
            throw InvalidBundleException.of(where, "is of format " + manifest.format() + ", made by a newer collector: update mabs-advisor to read it");
        }
        if (manifest == null || manifest.host() == null || manifest.host().isBlank() || manifest.collectedAt() == null) {
            throw InvalidBundleException.of(where, "lacks the host or the collection time (\"host\", \"collectedAt\")");
        }
        for (SpecRun run : manifest.specs()) {
            if (run.spec() == null || run.spec().isBlank()) {
                throw InvalidBundleException.of(where, "has a command entry without its spec name (\"spec\")");
            }
        }
        return manifest;
    }

    /** Jackson's messages name Java classes; say which field is wrong and what it should be instead. */
    private static String plain(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            if (m.getMessage().contains("java.time")) {
                return field + " must be a date and time with its offset, like 2026-11-20T06:15:02Z";
            }
            return field + ": " + org.mabsadvisor.input.InputFiles.plain(m.getOriginalMessage().replaceAll("`[A-Za-z.$]*\\.([A-Za-z]+)`", "$1").replaceAll(" \\(.*", ""));
        }
        if (e instanceof JsonMappingException) {
            // The whole document is of the wrong kind: Jackson would name the Java class it binds to.
            return "a manifest is a JSON object of the collector (with \"host\", \"collectedAt\" and \"specs\")";
        }
        return org.mabsadvisor.input.InputFiles.plain(e.getOriginalMessage());
    }
}
