package org.mabsadvisor.formats;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text kept in a temporary file until the document it belongs to can be written: the hosts' parts
 * of a fleet document whose head (totals, summary) is only known once every host is done. Memory
 * stays flat however large the fleet.
 */
final class Spool implements Closeable {
    private final Path file;
    private final Writer writer;
    private boolean empty = true;

    Spool(Path folder) throws IOException {
        this.file = TempFiles.create(folder, ".mabs-advisor-", ".part");
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void append(CharSequence text) throws IOException {
        writer.append(text);
        empty = false;
    }

    boolean isEmpty() {
        return empty;
    }

    /** Writes everything appended so far to {@code out}. */
    void copyTo(Writer out) throws IOException {
        writer.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
