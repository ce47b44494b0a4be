package org.mabsadvisor.engine;

/** One problem in a rule file, located as {@code file:line:column}; line and column are 1-based, 0 when unknown. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
