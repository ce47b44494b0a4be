package org.mabsadvisor.facts;

import org.mabsadvisor.input.Inert;

/**
 * One thing wrong with an input file, located as precisely as known: line and column (1-based,
 * 0 when unknown) and the JSON Pointer of the offending field (empty when not applicable).
 */
public record InputProblem(String file, int line, int column, String pointer, String message) {

    /**
     * {@code file:line:column: message}, the form editors and CI logs link to; on one line, with
     * no control character of the file's name or of a value quoted in the message (see {@link Inert}).
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (pointer != null && !pointer.isEmpty()) {
            s.append(pointer).append(": ");
        }
        return Inert.line(s.append(message).toString());
    }
}
