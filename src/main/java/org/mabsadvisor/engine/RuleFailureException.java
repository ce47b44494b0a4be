package org.mabsadvisor.engine;

/** A rule broke during evaluation: it threw, or the rules kept firing past the limit. */
public final class RuleFailureException extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
