package org.mabsadvisor.cli;

import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the whole new one, never a part:
 * the content goes to a temporary file in the same folder, is flushed to disk, then renamed over
 * the target. A run killed halfway leaves the previous file (or none) and at most a hidden
 * temporary file; two runs writing the same file leave one whole report. A target that exists and
 * is not a regular file (/dev/null, a named pipe, a terminal) is written straight to: renaming over
 * it would replace the device or pipe with a plain file.
 */
final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Writes the whole file; a failure is an {@link OutputFailedException} naming the target. */
    static void write(Path target, String content) throws IOException {
        try (Pending file = open(target)) {
            file.writer().write(content);
            file.commit();
        } catch (IOException e) {
            throw OutputFailedException.of(target.toString(), e);
        }
    }

    /** Starts writing {@code target} as a stream: nothing shows there until {@link Pending#commit()}. */
    static Pending open(Path target) throws IOException {
        try {
            return opened(target);
        } catch (IOException e) {
            throw OutputFailedException.of(target.toString(), e);
        }
    }

    private static Pending opened(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            return new Pending(absolute, null, Files.newBufferedWriter(absolute, StandardCharsets.UTF_8, StandardOpenOption.WRITE));
        }
        if (!Files.isDirectory(absolute.getParent())) {
            throw new NoSuchFileException(target.toString(), null, "its folder does not exist");
        }
        // Named after this process: a run killed halfway leaves its file, which the next run on the target removes.
        Path temp = org.mabsadvisor.formats.TempFiles.create(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        return new Pending(absolute, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    }

    /**
     * A file being written into a temporary file beside it; closing it without a commit leaves the
     * target as it was. Without a temporary file ({@code temp} null), the target is a device or a
     * pipe written to directly.
     */
    static final class Pending implements Closeable {
        private final Path target;
        private final Path temp;
        private final Writer writer;

        private Pending(Path target, Path temp, Writer writer) {
            this.target = target;
            this.temp = temp;
            // A full disk shows while the report streams in: the failure names the report, not the temporary file.
            this.writer = new FilterWriter(writer) {
                @Override
                public void write(int c) throws IOException {
                    try {
                        super.write(c);
                    } catch (IOException e) {
                        throw OutputFailedException.of(target.toString(), e);
                    }
                }

                @Override
                public void write(char[] buffer, int offset, int length) throws IOException {
                    try {
                        super.write(buffer, offset, length);
                    } catch (IOException e) {
                        throw OutputFailedException.of(target.toString(), e);
                    }
                }

                @Override
                public void write(String text, int offset, int length) throws IOException {
                    try {
                        super.write(text, offset, length);
                    } catch (IOException e) {
                        throw OutputFailedException.of(target.toString(), e);
                    }
                }

                @Override
                public void flush() throws IOException {
                    try {
                        super.flush();
                    } catch (IOException e) {
                        throw OutputFailedException.of(target.toString(), e);
                    }
                }
            };
        }

        Writer writer() {
            return writer;
        }

        /** The folder of the target, where temporary parts of its content can wait too; for a device, the temporary folder. */
        Path folder() {
            return temp == null ? Path.of(System.getProperty("java.io.tmpdir")) : target.getParent();
        }

        /** Puts the whole content in place of the target at once. */
        void commit() throws IOException {
            try {
                committed();
            } catch (IOException e) {
                throw OutputFailedException.of(target.toString(), e);
            }
        }

        private void committed() throws IOException {
            writer.close();
            if (temp == null) {
                return;
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            readableLikeAnyReport(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /** Temporary files are private to their owner; a report keeps the target's permissions, or rw-r--r--. */
    private static void readableLikeAnyReport(Path temp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
