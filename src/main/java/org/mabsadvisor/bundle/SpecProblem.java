package org.mabsadvisor.bundle;

import java.util.List;
import org.mabsadvisor.input.Inert;

/**
 * Why the output of one spec could not be used: the command failed, its output is missing, or it
 * is not in the expected format. {@code file} is the output file's name inside the bundle,
 * {@code line} the line of that file (0: the whole file), {@code unknownFacts} what stays unknown.
 */
public record SpecProblem(String spec, String server, String file, int line, String message, List<String> unknownFacts) {

    public SpecProblem {
        // Parsers quote what they could not read; of an input's contents, only a short excerpt, on one line, is repeated.
        message = Inert.excerpts(message);
        unknownFacts = unknownFacts == null ? List.of() : List.copyOf(unknownFacts);
    }

    /** {@code file:line: message}, or the message alone when no file is concerned. */
    public String problem() {
        if (file == null) {
            return message;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }

    /** The spec, and the protected server it read if any. */
    public String source() {
        return server == null ? spec : spec + " (" + server + ")";
    }

    @Override
    public String toString() {
        return source() + ": " + problem();
    }
}
