package org.mabsadvisor.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Every file the tool reads goes through here, so that none can exhaust memory or block forever.
 * <ul>
 * <li>Only regular files are opened (after following links). A device ({@code /dev/zero},
 * {@code /dev/urandom}), a named pipe or a socket is refused before it is opened: a FIFO with no
 * writer would block the open itself, and a device never ends. Standard input, given as
 * {@code -}, is the one stream the tool reads, and it is read with the same bound.</li>
 * <li>The size is bounded as the bytes are read, never taken from what the file system says: a
 * file that grows while it is read, or that reports a size of 0 as {@code /proc} files do, is
 * still cut at the limit, and memory stays within the limit.</li>
 * </ul>
 */
public final class InputFiles {

    /** Waivers, policy, site configuration, a rule's texts: hand-written files of a few kilobytes. */
    public static final long MAX_SMALL_FILE_BYTES = 4L * 1024 * 1024;

    private InputFiles() {
    }

    /** The bytes of a regular file, at most {@code limit} of them, or {@link RefusedInputException}. */
    public static byte[] read(Path file, long limit) throws IOException {
        try (InputStream in = open(file, limit)) {
            return in.readAllBytes();
        }
    }

    /** A stream over a regular file that fails, with {@link RefusedInputException}, past {@code limit} bytes. */
    public static InputStream open(Path file, long limit) throws IOException {
        requireRegular(file);
        return bounded(Files.newInputStream(file), file.toString(), limit);
    }

    /**
     * The regular files under {@code folder} whose name ends with {@code suffix}, sorted, links
     * followed; a link to a folder that holds it (a loop) and a folder that cannot be read are
     * passed to {@code failed} and left out, and the rest is still walked, instead of the whole walk
     * ending in an exception.
     */
    public static List<Path> filesUnder(Path folder, String suffix, java.util.function.BiConsumer<Path, IOException> failed) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(suffix) && attributes.isRegularFile()) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                failed.accept(file, e);
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** Refuses anything but a regular file, without opening it. */
    public static void requireRegular(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new RefusedInputException("is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        throw new RefusedInputException("is not a regular file (a device, a named pipe or a socket, which may never end or "
                + "never answer): only regular files are read");
    }

    /** Reads a stream (standard input), failing past {@code limit} bytes. */
    public static byte[] read(InputStream in, String name, long limit) throws IOException {
        return bounded(in, name, limit).readAllBytes();
    }

    /** The stream, failing with {@link RefusedInputException} once more than {@code limit} bytes came through it. */
    public static InputStream bounded(InputStream in, String name, long limit) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                // Never asks for more than one byte past the limit: that byte is the proof it is too large.
                int asked = (int) Math.min(length, Math.max(1, limit - count + 1));
                int n = super.read(buffer, offset, asked);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, Math.max(0, limit - count + 1)));
                counted(skipped);
                return skipped;
            }

            private void counted(long n) throws RefusedInputException {
                count += n;
                if (count > limit) {
                    throw new RefusedInputException("is too large (more than " + limit + " bytes, the limit)");
                }
            }
        };
    }

    /**
     * The text of a hand-written file (waivers, policy, site configuration) as UTF-8, whatever
     * Windows saved it as: UTF-8 with or without a byte-order mark, or UTF-16 with one (what
     * PowerShell's redirection and Notepad's "Unicode" write), as facts files are read. Anything
     * else that is not UTF-8 is refused with the line, column and byte, not a Java exception.
     */
    public static byte[] utf8(byte[] bytes) throws RefusedInputException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            java.nio.charset.Charset utf16 = (bytes[0] & 0xFF) == 0xFF ? java.nio.charset.StandardCharsets.UTF_16LE : java.nio.charset.StandardCharsets.UTF_16BE;
            try {
                String text = utf16.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
                return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new RefusedInputException("is not valid UTF-16 although it starts with its byte-order mark: save the file as UTF-8");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Utf8Error bad = Utf8Error.find(bytes, start);
        if (bad != null) {
            throw new RefusedInputException("line " + bad.line() + ", column " + bad.column() + ": " + bad.advice());
        }
        return start == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, start, bytes.length);
    }

    /** A parser's message without the Java class names it may carry ("java.io.CharConversionException: ..."). */
    public static String plain(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "")
                .replaceAll("\\b(?:java|javax|com|org)\\.(?:[a-z_][a-z0-9_]*\\.)*([A-Z][A-Za-z0-9_$]*)", "$1");
    }

    /**
     * Why a file could not be read, in words a person can act on: no Java class names, the file
     * named by the caller. {@code NoSuchFileException} and its kin carry only the path as message.
     */
    public static String reason(IOException e) {
        if (e instanceof RefusedInputException refused) {
            return refused.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "its links make a loop";
        }
        if (e instanceof NotDirectoryException) {
            return "is not a folder";
        }
        if (e instanceof CharacterCodingException) {
            return "is not valid text in its encoding";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? "cannot be read: " + lowerFirst(fs.getReason()) : "cannot be read";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "cannot be read" : "cannot be read: " + lowerFirst(message);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
