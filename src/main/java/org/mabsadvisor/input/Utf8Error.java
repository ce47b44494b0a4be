package org.mabsadvisor.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Where bytes that should be UTF-8 (after an optional byte-order mark) stop being so: the line and
 * column of the first bad byte, and that byte, for a message a person can act on.
 */
public record Utf8Error(int line, int column, String badByte) {

    /** The first place {@code bytes} are not UTF-8, from {@code start}; null when they all are. */
    public static Utf8Error find(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            StandardCharsets.UTF_8.newDecoder().decode(in);
            return null;
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
            return new Utf8Error(line, offset - lineStart + 1,
                    offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "at the end");
        }
    }

    /** What to tell the person who saved the file. */
    public String advice() {
        return "not valid UTF-8 (byte " + badByte + "): save the file as UTF-8";
    }
}
