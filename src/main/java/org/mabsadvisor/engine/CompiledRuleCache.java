package org.mabsadvisor.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of compiled rule folders, one file per content key ({@code rules-KEY.zip}). Entries are
 * written whole under a temporary name and renamed into place, so two runs starting together each
 * see a complete entry or none; an entry that fails any check is reported, replaced and never used.
 * {@link #none()} keeps nothing: every folder not shipped with the tool is compiled at each run.
 */
public final class CompiledRuleCache {
    /** How many entries are kept; the least recently used beyond that are removed when one is added. */
    static final int MAX_ENTRIES = 64;
    private static final String PREFIX = "rules-";
    private static final String SUFFIX = ".zip";

    private final Path folder;

    private CompiledRuleCache(Path folder) {
        this.folder = folder;
    }

    /** A cache kept in {@code folder}, created when first written. */
    public static CompiledRuleCache at(Path folder) {
        return new CompiledRuleCache(folder);
    }

    /** No cache. */
    public static CompiledRuleCache none() {
        return new CompiledRuleCache(null);
    }

    /** The folder of the cache; null for {@link #none()}. */
    public Path folder() {
        return folder;
    }

    /** One cached entry, as listed by {@link #entries()}. */
    public record Entry(Path file, long bytes, FileTime lastUsed) {
    }

    /**
     * The entry for {@code key}, or null when there is none or it is damaged; a damaged entry is
     * deleted and said in {@code notes}.
     */
    CompiledFolder find(String key, List<String> notes) {
        if (folder == null || key == null) {
            return null;
        }
        Path file = fileOf(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            notes.add("cannot read the compiled rules cache entry " + file + " (" + e.getMessage() + "); compiling again");
            return null;
        }
        try {
            CompiledFolder compiled = CompiledFolder.fromZip(bytes, key);
            touch(file);
            return compiled;
        } catch (IOException | RuntimeException e) {
            notes.add("damaged compiled rules cache entry " + file + " (" + e.getMessage() + "): compiling again");
            deleteQuietly(file);
            return null;
        }
    }

    /** Keeps a compiled folder; a cache that cannot be written is said in {@code notes} and otherwise ignored. */
    void keep(CompiledFolder compiled, List<String> notes) {
        if (folder == null) {
            return;
        }
        Path file = fileOf(compiled.index().key());
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, PREFIX, ".tmp");
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(compiled.toZip()));
                out.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file);
        } catch (IOException | RuntimeException e) {
            notes.add("cannot write to the compiled rules cache " + folder + " (" + e.getMessage() + ")");
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Every entry, most recently used first. */
    public List<Entry> entries() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(CompiledRuleCache::isEntry).toList()) {
                try {
                    entries.add(new Entry(f, Files.size(f), Files.getLastModifiedTime(f)));
                } catch (NoSuchFileException e) {
                    // Removed meanwhile by another run.
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::lastUsed).reversed());
        return entries;
    }

    /** Removes every entry and leftover temporary file; returns how many entries there were. */
    public int clear() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (isEntry(f)) {
                    Files.deleteIfExists(f);
                    removed++;
                } else if (name.startsWith(PREFIX) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return removed;
    }

    private Path fileOf(String key) {
        return folder.resolve(PREFIX + key + SUFFIX);
    }

    private static boolean isEntry(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    private void prune(Path kept) throws IOException {
        List<Entry> entries = entries();
        for (Entry e : entries.subList(Math.min(MAX_ENTRIES, entries.size()), entries.size())) {
            if (!e.file().equals(kept)) {
                deleteQuietly(e.file());
            }
        }
    }

    /** Marks an entry as used, so that pruning removes the ones no run needs any more. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // A read-only cache still serves; it only prunes less well.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next run or `cache clear`.
        }
    }
}
