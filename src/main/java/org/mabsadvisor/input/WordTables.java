package org.mabsadvisor.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Fixed words of the tool (report labels, script comments) shipped as a JSON resource beside the
 * record that holds them, one object per language, each word bound by its name: a word added to the
 * record and missing from a language fails at the first use, in every test that writes that language.
 */
public final class WordTables {

    private WordTables() {
    }

    /** The table of {@code resource} (relative to {@code type}'s package), by language. */
    public static <T> Map<String, T> read(Class<T> type, String resource) {
        ObjectMapper json = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
        JavaType table = json.getTypeFactory().constructMapType(Map.class, String.class, type);
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the tool's resource " + resource + " is missing");
            }
            return Map.copyOf(json.<Map<String, T>>readValue(in, table));
        } catch (JsonProcessingException e) {
            // Jackson's message names the missing or unknown word, which is what whoever edits the table needs.
            throw new UncheckedIOException("the tool's resource " + resource + " cannot be read: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the tool's resource " + resource + " cannot be read", e);
        }
    }
}
