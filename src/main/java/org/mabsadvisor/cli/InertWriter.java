package org.mabsadvisor.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.mabsadvisor.input.Inert;

/**
 * Standard error as the tool writes it: messages quote file names and values of the inputs, and
 * none of their control characters (ESC, BEL, C1 controls, bidirectional overrides) may reach the
 * terminal. Line feeds and carriage returns pass, since the tool's own lines and progress bar need
 * them; the messages themselves put the values on one line ({@link Inert#line}).
 */
final class InertWriter extends FilterWriter {

    InertWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        } else {
            out.write(String.format("<U+%04X>", c));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    /** Surrogates pass one by one: a pair may come in two writes. */
    private static boolean passes(char c) {
        return c == '\n' || c == '\r' || c == '\t' || Character.isSurrogate(c) || !Inert.isHostile(c);
    }
}
