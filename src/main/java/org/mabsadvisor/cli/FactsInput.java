package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.io.PrintWriter;
import org.mabsadvisor.bundle.Bundle;
import org.mabsadvisor.bundle.BuiltFacts;
import org.mabsadvisor.bundle.BundleReader;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.bundle.SpecProblem;
import org.mabsadvisor.report.CollectionProblem;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.fleet.FactsSource;

/**
 * Reads the facts named on the command line: a JSON file, standard input for "-", or the bundle of
 * the collector (its zip, or the folder it was unzipped to); and, for a fleet, a document of an
 * NDJSON stream and the files a folder contributes. Safe to share between threads: the loader is.
 */
final class FactsInput implements FactsSource {
    private final FactsLoader loader;
    private final InputStream stdin;

    FactsInput(InputStream stdin) {
        this(stdin, InputLimits.DEFAULT);
    }

    FactsInput(InputStream stdin, InputLimits limits) {
        this.stdin = stdin;
        this.loader = new FactsLoader(limits);
    }

    /** The facts read and, when they were built from a bundle, the outputs of it that could not be used. */
    record Loaded(FactsDocument document, List<SpecProblem> collection) {

        /** The collection problems, as the report gives them. */
        List<CollectionProblem> collectionProblems() {
            return collection.stream().map(p -> new CollectionProblem(p.source(), p.problem(), p.unknownFacts())).toList();
        }
    }

    /** The facts of one input, with what its bundle could not give when it is a bundle. */
    Loaded load(String input) throws InvalidFactsException, InvalidBundleException, IOException {
        if (input.equals("-")) {
            return new Loaded(loader.read("<stdin>", stdin), List.of());
        }
        Path path = Path.of(input);
        if (Bundle.isBundle(path)) {
            BuiltFacts built = new BundleReader().read(path);
            return new Loaded(built.document(), built.problems());
        }
        return new Loaded(loader.load(path), List.of());
    }

    @Override
    public FactsDocument read(String input) throws InvalidFactsException, IOException {
        try {
            return load(input).document();
        } catch (InvalidBundleException e) {
            // In a fleet, a bundle that cannot be read is one bad input like any other.
            throw new InvalidFactsException(e.problems());
        }
    }

    /** Prints why a bundle cannot be read at all. */
    static void printProblems(PrintWriter err, InvalidBundleException e) {
        err.println("mabs-advisor: the bundle cannot be read:");
        for (InputProblem p : e.problems()) {
            err.println("  " + p);
        }
    }

    @Override
    public FactsDocument parse(String name, byte[] document) throws InvalidFactsException {
        return loader.parse(name, document);
    }

    /** What is odd but not wrong in the facts (dates in the future), to show as warnings. */
    @Override
    public List<InputProblem> warnings(String input, FactsDocument doc) {
        return loader.warnings(input.equals("-") ? "<stdin>" : input, doc);
    }

    @Override
    public boolean isOneHost(Path folder) {
        return Bundle.isBundle(folder);
    }

    /** The files a folder contributes to a fleet: facts files (*.json) and bundle zips (*.zip). */
    @Override
    public boolean isFactsFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".zip");
    }
}
