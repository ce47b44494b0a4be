package org.mabsadvisor.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code ConvertTo-Json} prints: one object for one item, an array for several,
 * nothing at all for none. Each item keeps the line it starts at, for messages.
 */
final class PowerShellJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Windows PowerShell 5.1 writes dates as {@code \/Date(milliseconds)\/}, sometimes with an offset. */
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private PowerShellJson() {
    }

    /** One item of the output: an object and the line it starts at. */
    record Item(ObjectNode node, int line) {

        JsonNode get(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v;
        }

        /** A text field, or null when absent, null or blank. */
        String text(String field) {
            JsonNode v = get(field);
            if (v == null || v.isContainerNode()) {
                return null;
            }
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }

        /** A whole number written as a number or as digits, or null. */
        Long number(String field) throws UnusableOutputException {
            JsonNode v = get(field);
            if (v == null) {
                return null;
            }
            if (v.isIntegralNumber()) {
                return v.asLong();
            }
            if (v.isTextual() && v.asText().strip().matches("-?\\d{1,18}")) {
                return Long.parseLong(v.asText().strip());
            }
            throw at(field + " is not a whole number: " + v);
        }

        /** A boolean written as true/false or "True"/"False", or null. */
        Boolean bool(String field) throws UnusableOutputException {
            JsonNode v = get(field);
            if (v == null) {
                return null;
            }
            if (v.isBoolean()) {
                return v.asBoolean();
            }
            String s = v.asText().strip();
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(s);
            }
            throw at(field + " is not true or false: " + v);
        }

        /** A date and time, as Windows PowerShell 5.1 (\/Date(ms)\/) or PowerShell 7 (ISO 8601) writes it, or null. */
        OffsetDateTime time(String field) throws UnusableOutputException {
            JsonNode v = get(field);
            if (v == null) {
                return null;
            }
            String s = v.isObject() && v.has("value") ? v.get("value").asText() : v.asText();
            Matcher m = MS_DATE.matcher(s.strip());
            if (m.matches()) {
                return OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(m.group(1))), ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw at(field + " is not a date and time with its offset: " + v);
            }
        }

        /** A list of texts: a JSON array, a single text, or null for none. */
        List<String> texts(String field) throws UnusableOutputException {
            JsonNode v = get(field);
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (v.isTextual()) {
                out.add(v.asText());
                return out;
            }
            if (!v.isArray()) {
                throw at(field + " is not a list: " + v);
            }
            for (JsonNode e : v) {
                if (!e.isNull()) {
                    out.add(e.asText());
                }
            }
            return out;
        }

        UnusableOutputException at(String message) {
            return new UnusableOutputException(line, message);
        }
    }

    /** The items of a successful command's JSON output. */
    static List<Item> items(SpecOutput output) throws UnusableOutputException {
        output.requireSuccess();
        return items(output.text());
    }

    static List<Item> items(String text) throws UnusableOutputException {
        List<Item> items = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return items;
            }
            if (t == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                ObjectNode node = MAPPER.readTree(p);
                requireEnd(p);
                JsonNode wrapped = node.get("value");
                // ConvertTo-Json of Windows PowerShell 5.1 sometimes wraps an array as {"value": [...], "Count": n}.
                if (node.size() == 2 && node.has("Count") && wrapped != null && wrapped.isArray()) {
                    return items(wrapped.toString());
                }
                items.add(new Item(node, line));
                return items;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new UnusableOutputException(p.currentTokenLocation().getLineNr(), "expected a JSON object or array, found " + t.asString());
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new UnusableOutputException(p.currentLocation().getLineNr(), "the JSON array is not closed: the output is cut short");
                }
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw new UnusableOutputException(line, "expected an object in the array, found " + p.getText());
                }
                items.add(new Item(MAPPER.readTree(p), line));
            }
            requireEnd(p);
            return items;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new UnusableOutputException(line, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnusableOutputException(0, "cannot be read: " + e.getMessage());
        }
    }

    private static void requireEnd(JsonParser p) throws IOException, UnusableOutputException {
        JsonToken t = p.nextToken();
        if (t != null) {
            throw new UnusableOutputException(p.currentTokenLocation().getLineNr(), "unexpected text after the JSON value");
        }
    }
}
