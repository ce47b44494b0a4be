package org.mabsadvisor.formats;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files of the tool, named after the process that made them ({@code PREFIX<pid>-<random>SUFFIX}),
 * so that those left by a run that was killed (no finally block runs on SIGKILL or a power cut) are
 * known as stale by the next run that writes in the same folder, and removed: their process is gone.
 * Only files of this exact shape are ever removed, never another tool's.
 */
public final class TempFiles {
    private TempFiles() {
    }

    /** Creates a temporary file in {@code folder}, after removing the stale ones of the same prefix and suffix there. */
    public static Path create(Path folder, String prefix, String suffix) throws IOException {
        removeStale(folder, prefix, suffix);
        return Files.createTempFile(folder, prefix + ProcessHandle.current().pid() + "-", suffix);
    }

    /** Removes the files {@code PREFIX<pid>-<digits>SUFFIX} of {@code folder} whose process no longer runs; returns how many. */
    public static int removeStale(Path folder, String prefix, String suffix) {
        Pattern shape = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,10})-\\d+" + Pattern.quote(suffix));
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix.replace("*", "\\*") + "*")) {
            for (Path file : files) {
                Matcher m = shape.matcher(file.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1))) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a folder that cannot be listed or a file that cannot be removed stays as it was.
        }
        return removed;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
