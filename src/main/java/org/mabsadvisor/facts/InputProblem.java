package org.mabsadvisor.facts;

/**
 * One thing wrong with an input file, located as precisely as known: line and column (1-based,
 * 0 when unknown) and the JSON Pointer of the offending field (empty when not applicable).
 */
public record InputProblem(String file, int line, int column, String pointer, String message) {

    /** {@code file:line:column: message}, the form editors and CI logs link to. */
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
        return s.append(message).toString();
    }
}
