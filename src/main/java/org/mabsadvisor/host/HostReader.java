package org.mabsadvisor.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.bundle.BuiltFacts;
import org.mabsadvisor.bundle.Bundle;
import org.mabsadvisor.bundle.BundleReader;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.report.CollectionProblem;

/**
 * Reads the facts of one host, whatever the input: a JSON file, standard input for "-", the
 * collector's bundle (its zip, or the folder it was unzipped to), or one document of an NDJSON
 * stream. The one place an input becomes {@link HostFacts}, for one server and a fleet alike.
 * Safe to share between threads: the loader is.
 */
public final class HostReader {
    /** What messages call standard input. */
    public static final String STDIN = "<stdin>";

    private final FactsLoader loader;
    private final InputStream stdin;

    public HostReader(InputStream stdin, InputLimits limits) {
        this.stdin = stdin;
        this.loader = new FactsLoader(limits);
    }

    /** The facts of an input named on the command line, with its warnings and, for a bundle, its collection problems. */
    public HostFacts read(String input) throws InvalidFactsException, InvalidBundleException, IOException {
        if (input.equals("-")) {
            FactsDocument doc = loader.read(STDIN, stdin);
            return new HostFacts(doc, warnings(input, doc));
        }
        Path path = Path.of(input);
        if (Bundle.isBundle(path)) {
            BuiltFacts built = new BundleReader().read(path);
            List<CollectionProblem> collection = built.problems().stream()
                    .map(p -> new CollectionProblem(p.source(), p.problem(), p.unknownFacts()))
                    .toList();
            return new HostFacts(built.document(), warnings(input, built.document()), collection);
        }
        FactsDocument doc = loader.load(path);
        return new HostFacts(doc, warnings(input, doc));
    }

    /** The facts of one document of an NDJSON stream; {@code name} is what messages call the stream. */
    public FactsDocument parse(String name, byte[] document) throws InvalidFactsException {
        return loader.parse(name, document);
    }

    /** What is odd but not wrong in the facts (dates in the future), to show as warnings. */
    public List<InputProblem> warnings(String input, FactsDocument doc) {
        return loader.warnings(input.equals("-") ? STDIN : input, doc);
    }

    /** True for a folder that holds one host's facts: a collector's bundle. */
    public boolean isOneHost(Path folder) {
        return Bundle.isBundle(folder);
    }

    /** The files a folder contributes to a fleet: facts files (*.json) and bundle zips (*.zip). */
    public boolean isFactsFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".zip");
    }
}
