package org.mabsadvisor.policy;

/** The policy file is unreadable or holds an unknown key or a value of the wrong type. */
public final class InvalidPolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(String message) {
        super(message);
    }
}
