package org.mabsadvisor.fleet;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;

/**
 * The documents of an NDJSON stream (one facts document per line), read one line at a time so that
 * a stream of any length takes the memory of a few lines. Blank lines are skipped; a line longer
 * than the size limit, or a stream that cannot be read, becomes an input that fails with that
 * message, and the problems of a document are located at its line of the stream.
 */
final class NdjsonStream implements Iterator<HostInput> {

    /** Opens the stream when the first line is wanted. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final FactsSource source;
    private final long maxLineBytes;
    private InputStream in;
    private HostInput pending;
    private boolean finished;
    private int line;

    NdjsonStream(String name, Opener opener, FactsSource source, long maxLineBytes) {
        this.name = name;
        this.opener = opener;
        this.source = source;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public HostInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        HostInput next = pending;
        pending = null;
        return next;
    }

    private HostInput advance() {
        try {
            if (in == null) {
                in = new BufferedInputStream(opener.open(), 1 << 16);
            }
            while (true) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long length = 0;
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    if (++length <= maxLineBytes) {
                        bytes.write(b);
                    }
                }
                if (b == -1 && length == 0) {
                    finish();
                    return null;
                }
                line++;
                if (length > maxLineBytes) {
                    return failing(line, "the document on this line is too large (" + length + " bytes; the limit is " + maxLineBytes + ")");
                }
                byte[] document = bytes.toByteArray();
                if (!isBlank(document)) {
                    return new Line(line, document);
                }
                if (b == -1) {
                    finish();
                    return null;
                }
            }
        } catch (IOException e) {
            finished = true;
            return failing(line, "cannot be read: " + e.getMessage());
        }
    }

    private void finish() {
        finished = true;
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] document) {
        for (byte b : document) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private HostInput failing(int at, String message) {
        String where = at > 0 ? name + ":" + at : name;
        return new HostInput() {
            @Override
            public String name() {
                return where;
            }

            @Override
            public HostFacts read() throws InvalidFactsException {
                throw new InvalidFactsException(List.of(new InputProblem(name, at, 0, "", message)));
            }
        };
    }

    /** One document of the stream, at its line. */
    private final class Line implements HostInput {
        private final int at;
        private final byte[] document;

        Line(int at, byte[] document) {
            this.at = at;
            this.document = document;
        }

        @Override
        public String name() {
            return name + ":" + at;
        }

        @Override
        public HostFacts read() throws InvalidFactsException {
            FactsDocument doc;
            try {
                doc = source.parse(name, document);
            } catch (InvalidFactsException e) {
                // The document is one line: its line 1 is this line of the stream.
                throw new InvalidFactsException(e.problems().stream()
                        .map(p -> new InputProblem(p.file(), at, p.column(), p.pointer(), p.message()))
                        .toList());
            }
            return new HostFacts(doc, source.warnings(name(), doc));
        }
    }
}
