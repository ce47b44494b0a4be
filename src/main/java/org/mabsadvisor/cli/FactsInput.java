package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.fleet.FactsSource;

/**
 * Reads the facts named on the command line: a JSON file, or standard input for "-"; and, for a
 * fleet, a document of an NDJSON stream and the files a folder contributes. Safe to share between
 * threads: the loader is.
 */
final class FactsInput implements FactsSource {
    private final FactsLoader loader = new FactsLoader();
    private final InputStream stdin;

    FactsInput(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public FactsDocument read(String input) throws InvalidFactsException, IOException {
        if (input.equals("-")) {
            return loader.read("<stdin>", stdin);
        }
        return loader.load(Path.of(input));
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

    /** The files a folder contributes to a fleet: facts files, *.json. */
    @Override
    public boolean isFactsFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
