package org.mabsadvisor.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A report file could not be written; the message names the file and says why, in the system's words. */
final class OutputFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputFailedException(String file, IOException cause) {
        super("cannot write " + file + ": " + reason(cause), cause);
    }

    static OutputFailedException of(String file, IOException e) {
        return e instanceof OutputFailedException already ? already : new OutputFailedException(file, e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getReason() != null ? missing.getReason() : "its folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "the write failed";
    }
}
