package org.mabsadvisor.facts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            decoder.decode(in);
        } catch (CharacterCodingException e) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String badByte = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "at the end";
            throw new InvalidFactsException(List.of(new InputProblem(name, line, offset - lineStart + 1, "",
                    "not valid UTF-8 (byte " + badByte + "): save the file as UTF-8")));
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
