package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
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
            return loader.parse("<stdin>", stdin.readAllBytes());
        }
        return loader.load(Path.of(input));
    }
}
