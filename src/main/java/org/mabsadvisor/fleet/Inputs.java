package org.mabsadvisor.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.input.InputFiles;

/**
 * The inputs named on the command line, one host after another: files; directories, for the facts
 * files under them (recursively, in name order, hidden entries and linked folders left out); and
 * NDJSON streams, a facts document per line, from a {@code .ndjson} file or from standard input
 * ({@code -} with {@code --ndjson}). Directories are listed up front (names only); files are read
 * and streams consumed only as hosts are taken, so that a fleet of any size is never held at once.
 */
public final class Inputs implements Iterator<HostInput> {
    /** The extension of NDJSON streams. */
    public static final String NDJSON = ".ndjson";

    private final Iterator<Iterator<HostInput>> parts;
    private final long total;
    private Iterator<HostInput> current = Collections.emptyIterator();

    private Inputs(List<Iterator<HostInput>> parts, long total) {
        this.parts = parts.iterator();
        this.total = total;
    }

    /**
     * The inputs of these command-line arguments; {@code stdinIsNdjson} reads {@code -} as an NDJSON
     * stream rather than one document.
     */
    public static Inputs of(List<String> args, boolean stdinIsNdjson, InputStream stdin, FactsSource source) {
        List<Iterator<HostInput>> parts = new ArrayList<>();
        long files = 0;
        boolean streams = false;
        for (String arg : args) {
            if (isStream(arg, stdinIsNdjson)) {
                streams = true;
                NdjsonStream.Opener opener = arg.equals("-") ? () -> stdin : () -> InputFiles.open(Path.of(arg), Long.MAX_VALUE);
                parts.add(new NdjsonStream(arg.equals("-") ? "<stdin>" : arg, opener, source, InputLimits.DEFAULT.maxFileBytes()));
            } else if (!arg.equals("-") && Files.isDirectory(Path.of(arg)) && !source.isOneHost(Path.of(arg))) {
                List<HostInput> found = directory(Path.of(arg), source);
                files += found.size();
                parts.add(found.iterator());
            } else {
                files++;
                parts.add(List.of(file(arg, source)).iterator());
            }
        }
        return new Inputs(parts, streams ? -1 : files);
    }

    /** True when these arguments make a fleet: more than one, a directory, or a stream. */
    public static boolean isFleet(List<String> args, boolean stdinIsNdjson, FactsSource source) {
        if (args.size() != 1) {
            return true;
        }
        String arg = args.get(0);
        return isStream(arg, stdinIsNdjson)
                || (!arg.equals("-") && Files.isDirectory(Path.of(arg)) && !source.isOneHost(Path.of(arg)));
    }

    private static boolean isStream(String arg, boolean stdinIsNdjson) {
        return arg.equals("-") ? stdinIsNdjson : arg.endsWith(NDJSON);
    }

    /** How many hosts the inputs hold, or -1 when a stream makes it unknown until read. */
    public long total() {
        return total;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && parts.hasNext()) {
            current = parts.next();
        }
        return current.hasNext();
    }

    @Override
    public HostInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private static HostInput file(String name, FactsSource source) {
        return new HostInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HostFacts read() throws InvalidFactsException, IOException {
                return source.read(name);
            }
        };
    }

    /** The facts files under a folder, sorted by name, each subfolder in its place; a folder with none is a failing input. */
    private static List<HostInput> directory(Path dir, FactsSource source) {
        List<HostInput> found = new ArrayList<>();
        try {
            walk(dir, source, found);
        } catch (IOException e) {
            return List.of(failing(dir.toString(), "cannot be listed: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        }
        if (found.isEmpty()) {
            return List.of(failing(dir.toString(), "is a directory, not a facts file, and holds no facts file (*.json) either"));
        }
        return found;
    }

    private static void walk(Path dir, FactsSource source, List<HostInput> found) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && source.isOneHost(entry)) {
                found.add(file(entry.toString(), source));
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, source, found);
            } else if (source.isFactsFile(entry)) {
                found.add(file(entry.toString(), source));
            }
        }
    }

    private static HostInput failing(String name, String message) {
        return new HostInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HostFacts read() throws InvalidFactsException {
                throw new InvalidFactsException(List.of(new InputProblem(name, 0, 0, "", message)));
            }
        };
    }
}
