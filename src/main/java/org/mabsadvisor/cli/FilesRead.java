package org.mabsadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a run reads, known by what the file system calls them (device and inode), so that no
 * output can be one of them: not the input itself, nor a file inside an input folder (a host of a
 * fleet folder, the manifest of a bundle folder), nor a waiver, baseline, policy or rule file, nor
 * a symbolic or hard link to any of those.
 */
final class FilesRead {

    /** Enough for any fleet folder; past it the walk stops, and the outputs are checked against what was seen. */
    private static final int MAX_FILES = 200_000;
    private static final int MAX_DEPTH = 16;

    private final Map<Object, Path> byKey = new HashMap<>();

    /** The files of these paths: a file itself, every file under a folder; "-" and paths that do not exist add nothing. */
    static FilesRead of(List<Path> paths) {
        FilesRead read = new FilesRead();
        for (Path path : paths) {
            read.add(path);
        }
        return read;
    }

    private void add(Path path) {
        if (path == null || path.toString().equals("-")) {
            return;
        }
        if (Files.isDirectory(path)) {
            // Links are not followed into other folders (a loop of links would never end), but a link to a file is.
            try (Stream<Path> all = Files.walk(path, MAX_DEPTH)) {
                all.limit(MAX_FILES).filter(Files::isRegularFile).forEach(this::addFile);
            } catch (IOException | RuntimeException e) {
                // A folder that cannot be walked is reported when it is read; what was seen is kept.
            }
        } else {
            addFile(path);
        }
    }

    private void addFile(Path file) {
        Object key = key(file);
        if (key != null) {
            byKey.putIfAbsent(key, file);
        }
    }

    /** The file this run reads that {@code output} is, or a link to; null when it is none of them. */
    Path sameAs(Path output) {
        Object key = key(output);
        return key == null ? null : byKey.get(key);
    }

    /** Device and inode where the system has them, else the real path; null for a file that does not exist. */
    private static Object key(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
