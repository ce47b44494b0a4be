package org.mabsadvisor.facts;

import java.util.List;
import org.mabsadvisor.input.Utf8Error;

/**
 * Accepts the encodings Windows tools write (UTF-8 with or without a byte-order mark, UTF-16 with
 * one, as PowerShell redirection does) and refuses anything else that claims to be UTF-8, such as a
 * file saved in a Windows code page: the JSON parser alone lets some of those through as wrong text.
 */
final class TextEncoding {
    private TextEncoding() {
    }

    static void check(String name, byte[] bytes) throws InvalidFactsException {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return; // UTF-16 with a byte-order mark: the JSON parser decodes it.
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Utf8Error bad = Utf8Error.find(bytes, start);
        if (bad != null) {
            throw new InvalidFactsException(List.of(new InputProblem(name, bad.line(), bad.column(), "", bad.advice())));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
