package org.mabsadvisor.input;

import java.io.IOException;

/** A file refused before or while it is read: not a regular file, or larger than its limit. The message follows the file name. */
public final class RefusedInputException extends IOException {
    private static final long serialVersionUID = 1L;

    public RefusedInputException(String message) {
        super(message);
    }
}
