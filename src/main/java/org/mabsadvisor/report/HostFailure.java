package org.mabsadvisor.report;

import java.util.List;

/**
 * An input of a fleet that could not be analysed, and why: {@code stage} is {@code input} when its
 * facts could not be read or are not valid, {@code rules} when the rules failed on them.
 */
public record HostFailure(String input, String stage, List<Problem> problems) {

    public static final String INPUT = "input";
    public static final String RULES = "rules";

    public HostFailure {
        problems = List.copyOf(problems);
    }

    /** One thing wrong, located as precisely as known (line and column 0 when unknown, pointer empty when none). */
    public record Problem(String file, int line, int column, String pointer, String message) {

        /** {@code file:line:column: pointer: message}, the form editors and CI logs link to. */
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
}
