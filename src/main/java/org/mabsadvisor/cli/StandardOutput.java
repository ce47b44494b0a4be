package org.mabsadvisor.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Standard output, written so that a failed write is known and why: a PrintWriter keeps only a flag
 * and {@code System.out} swallows the error itself, so {@code > /dev/full} or a closed standard
 * output used to end with exit 0 (or 1) and no message. The first error is kept for the message.
 */
final class StandardOutput extends FilterOutputStream {
    private IOException failure;

    private StandardOutput(OutputStream out) {
        super(out);
    }

    /** A writer over file descriptor 1, in the platform's charset as System.out writes, flushed at each line. */
    static StandardOutput open() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    PrintWriter writer() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(this, Charset.defaultCharset())), true);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failed(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failed(e);
        }
    }

    private void failed(IOException e) throws IOException {
        if (failure == null) {
            failure = e;
        }
        throw e;
    }

    /** Why writing failed, as the system said it ("No space left on device", "Broken pipe"), or null. */
    String reason() {
        return failure == null ? null : failure.getMessage();
    }
}
