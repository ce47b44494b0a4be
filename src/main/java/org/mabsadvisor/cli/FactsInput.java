package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;

/** Reads the facts named on the command line: a JSON file, or standard input for "-". */
final class FactsInput {
    private final FactsLoader loader = new FactsLoader();
    private final InputStream stdin;

    FactsInput(InputStream stdin) {
        this.stdin = stdin;
    }

    FactsDocument read(String input) throws InvalidFactsException, IOException {
        if (input.equals("-")) {
            return loader.read("<stdin>", stdin);
        }
        return loader.load(Path.of(input));
    }

    /** What is odd but not wrong in the facts (dates in the future), to show as warnings. */
    List<InputProblem> warnings(String input, FactsDocument doc) {
        return loader.warnings(input.equals("-") ? "<stdin>" : input, doc);
    }
}
