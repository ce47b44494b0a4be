package org.mabsadvisor.engine;

/** One problem in a rule file, located as {@code file:line:column}; line and column are 1-based, 0 when unknown. */
public record RuleProblem(String file, int line, int column, String message) {

    /** True for what a rule should not do (flagged by the guard), as opposed to an error that stops compiling. */
    public boolean isUnsafe() {
        return message.startsWith(RuleGuard.PREFIX);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
