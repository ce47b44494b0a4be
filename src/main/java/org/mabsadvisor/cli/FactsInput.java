package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.bundle.Bundle;
import org.mabsadvisor.bundle.BuiltFacts;
import org.mabsadvisor.bundle.BundleReader;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.bundle.SpecProblem;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.report.CollectionProblem;

/**
 * Reads the facts named on the command line: a JSON file, standard input for "-", or the bundle
 * of the collector (its zip, or the folder it was unzipped to).
 */
final class FactsInput {
    private final FactsLoader loader = new FactsLoader();
    private final InputStream stdin;

    /** The facts read and, when they were built from a bundle, the outputs of it that could not be used. */
    record Loaded(FactsDocument document, List<SpecProblem> collection) {

        /** The collection problems, as the report gives them. */
        List<CollectionProblem> collectionProblems() {
            return collection.stream().map(p -> new CollectionProblem(p.source(), p.problem(), p.unknownFacts())).toList();
        }
    }

    FactsInput(InputStream stdin) {
        this.stdin = stdin;
    }

    Loaded read(String input) throws InvalidFactsException, InvalidBundleException, IOException {
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

    /** Prints why a bundle cannot be read at all. */
    static void printProblems(PrintWriter err, InvalidBundleException e) {
        err.println("mabs-advisor: the bundle cannot be read:");
        for (InputProblem p : e.problems()) {
            err.println("  " + p);
        }
    }

    /** What is odd but not wrong in the facts (dates in the future), to show as warnings. */
    List<InputProblem> warnings(String input, FactsDocument doc) {
        return loader.warnings(input.equals("-") ? "<stdin>" : input, doc);
    }
}
