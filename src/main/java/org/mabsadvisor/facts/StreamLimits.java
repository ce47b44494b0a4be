package org.mabsadvisor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts list items and values as the tokens stream past, before any tree is built: a 20 MB file
 * of ten million tiny items would take gigabytes as a tree, and is refused here at the first item
 * past the limit, in the memory of the nesting (bounded by the nesting limit).
 */
final class StreamLimits {

    /**
     * Most values (objects, lists, strings, numbers...) in one document. A busy server's 100,000
     * events of five fields each is 600,000; the tree of two million small values stays well under
     * a few hundred megabytes.
     */
    static final long MAX_VALUES = 2_000_000;

    private StreamLimits() {
    }

    /** The first limit passed, or null; syntax errors are left to the full parse, which locates them. */
    static InputProblem check(String name, JsonFactory factory, byte[] bytes, int maxListItems) {
        long maxValues = Math.max(MAX_VALUES, 20L * maxListItems);
        Deque<Open> open = new ArrayDeque<>();
        long values = 0;
        try (JsonParser p = factory.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    open.pop();
                    continue;
                }
                Open parent = open.peek();
                if (parent != null && parent.list && ++parent.items > maxListItems) {
                    JsonLocation at = parent.start;
                    return new InputProblem(name, at.getLineNr(), at.getColumnNr(), parent.pointer,
                            "has more than " + maxListItems + " items; the limit is " + maxListItems);
                }
                if (++values > maxValues) {
                    JsonLocation at = p.currentTokenLocation();
                    return new InputProblem(name, at.getLineNr(), at.getColumnNr(), p.getParsingContext().pathAsPointer().toString(),
                            "the document holds more than " + maxValues + " values; the limit is " + maxValues);
                }
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    // The pointer is only kept for lists, and built once per list, not per value.
                    String pointer = t == JsonToken.START_ARRAY ? p.getParsingContext().pathAsPointer().toString() : null;
                    open.push(new Open(t == JsonToken.START_ARRAY, pointer, p.currentTokenLocation()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Malformed JSON or another limit: the full parse that follows says where and why.
        }
        return null;
    }

    private static final class Open {
        final boolean list;
        final String pointer;
        final JsonLocation start;
        long items;

        Open(boolean list, String pointer, JsonLocation start) {
            this.list = list;
            this.pointer = pointer;
            this.start = start;
        }
    }
}
