package org.mabsadvisor.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the facts that evidence points to are in the input file: the line and column of the value
 * at each JSON Pointer, for SARIF's regions. The file is read a second time, and only for SARIF:
 * keeping token locations while loading would cost every run and every format (the facts are bound
 * to records, which forget where they came from), while SARIF is one format among seven and the
 * file is small and already in the system's cache. What is read is only the file as it is now: a
 * file changed since the analysis gives wrong lines, never an error.
 *
 * <p>An input that is not one JSON file (a bundle, standard input) has no lines to give: its
 * results point to the first line. A host of an NDJSON stream ({@code file.ndjson:LINE}) points to
 * its line, without reading the stream again (a fleet would read it once per host).
 */
final class SourceRegions {
    /** Larger files are not read again: the same bound the loader sets by default. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    /** A line and a column, both counted from 1; columns in UTF-16 code units, as Java and SARIF's utf16CodeUnits count. */
    record Region(int line, int column) {
    }

    /** Where the report's input is: the file to name, and the line of its first character. */
    record Source(String file, int firstLine) {
    }

    private SourceRegions() {
    }

    /** The file a result is in, and the line where its document starts (an NDJSON host is one line of its stream). */
    static Source source(String input) {
        int colon = input.lastIndexOf(':');
        if (colon > 0 && colon < input.length() - 1 && input.substring(colon + 1).chars().allMatch(Character::isDigit)
                && input.substring(0, colon).endsWith(".ndjson") && input.length() - colon < 12) {
            return new Source(input.substring(0, colon), Integer.parseInt(input.substring(colon + 1)));
        }
        return new Source(input, 1);
    }

    /** The regions of those pointers that are found in the input's JSON file; empty when it cannot be read as one. */
    static Map<String, Region> locate(String input, Set<String> pointers) {
        if (pointers.isEmpty() || !input.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return Map.of();
        }
        try {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
            try (Reader reader = reader(Files.newInputStream(file)); JsonParser parser = JSON.createParser(reader)) {
                return walk(parser, pointers);
            }
        } catch (IOException | RuntimeException e) {
            // A file that cannot be read again (removed, broken since) only loses its regions.
            return Map.of();
        }
    }

    /** The location of each value whose pointer is asked for, stopping once all are found. */
    private static Map<String, Region> walk(JsonParser parser, Set<String> pointers) throws IOException {
        Map<String, Region> found = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != null && found.size() < pointers.size(); t = parser.nextToken()) {
            if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                continue;
            }
            // At the start of a value, the context of its container names its path (an object or an
            // array has already opened a context of its own: its parent's is the one).
            String pointer = (t.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext()).pathAsPointer().toString();
            if (pointers.contains(pointer) && !found.containsKey(pointer)) {
                JsonLocation at = parser.currentTokenLocation();
                found.put(pointer, new Region(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
            }
        }
        return found;
    }

    /** The file's text: UTF-8, or UTF-16 when a byte-order mark says so (what PowerShell redirection writes); a UTF-8 mark is skipped. */
    private static Reader reader(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        }
        in.unread(head, skip, n - skip);
        return new InputStreamReader(in, charset);
    }
}
