package org.mabsadvisor.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.host.HostFacts;

/**
 * The documents of an NDJSON stream (one facts document per line), read one line at a time so that
 * a stream of any length takes the memory of a few lines. Blank lines are skipped; a line longer
 * than the size limit, or a stream that cannot be read, becomes an input that fails with that
 * message, and the problems of a document are located at its line of the stream. Lines are found
 * by scanning blocks of the stream: reading it a byte at a time cost more than parsing the documents.
 */
final class NdjsonStream implements Iterator<HostInput> {

    private static final int BLOCK = 1 << 16;

    /** Opens the stream when the first line is wanted. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final FactsSource source;
    private final long maxLineBytes;
    private final byte[] block = new byte[BLOCK];
    private int position;
    private int limit;
    /** The line being read; kept for the next line unless a long one made it large. */
    private byte[] line = new byte[BLOCK];
    private InputStream in;
    private HostInput pending;
    private boolean finished;
    private int lineNumber;

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
                in = opener.open();
            }
            while (true) {
                int kept = 0;
                long length = 0;
                boolean end = false;
                while (true) {
                    if (position >= limit) {
                        int read = in.read(block, 0, block.length);
                        if (read < 0) {
                            end = true;
                            break;
                        }
                        position = 0;
                        limit = read;
                        continue;
                    }
                    int newline = indexOfNewline(position, limit);
                    int stop = newline < 0 ? limit : newline;
                    int keep = (int) Math.max(0, Math.min(stop - position, maxLineBytes - length));
                    if (keep > 0) {
                        if (kept + keep > line.length) {
                            line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) kept + keep, 2L * line.length)));
                        }
                        System.arraycopy(block, position, line, kept, keep);
                        kept += keep;
                    }
                    length += stop - position;
                    position = newline < 0 ? limit : newline + 1;
                    if (newline >= 0) {
                        break;
                    }
                }
                if (end && length == 0) {
                    finish();
                    return null;
                }
                lineNumber++;
                byte[] document = length > maxLineBytes ? null : Arrays.copyOf(line, kept);
                if (line.length > 16 * BLOCK) {
                    // One long line must not keep its buffer for the rest of the stream.
                    line = new byte[BLOCK];
                }
                if (document == null) {
                    return failing(lineNumber, "the document on this line is too large (" + length + " bytes; the limit is " + maxLineBytes + ")");
                }
                if (!isBlank(document)) {
                    return new Line(lineNumber, document);
                }
                if (end) {
                    finish();
                    return null;
                }
            }
        } catch (IOException e) {
            finished = true;
            return failing(lineNumber, org.mabsadvisor.input.InputFiles.reason(e));
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (block[i] == '\n') {
                return i;
            }
        }
        return -1;
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
