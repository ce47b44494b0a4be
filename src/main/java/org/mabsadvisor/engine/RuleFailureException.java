package org.mabsadvisor.engine;

/** A rule broke during evaluation: it threw, or the rules kept firing past the limit. */
public final class RuleFailureException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient RuleInfo rule;

    public RuleFailureException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** {@code rule}: the rule that failed, or that fired most in a loop; null when unknown. */
    public RuleFailureException(String message, Throwable cause, RuleInfo rule) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule that failed, or that fired most in a loop; null when the engine did not say. */
    public RuleInfo rule() {
        return rule;
    }
}
