package org.mabsadvisor.store;

/** The store could not be opened, read or written; the message says what it was doing. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
