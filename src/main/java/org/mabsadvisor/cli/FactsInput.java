package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.fleet.FactsSource;
import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.host.HostReader;

/**
 * The facts named on the command line, read by the one {@link HostReader} for one server and for a
 * fleet alike; this only adapts it to what the fleet asks of a source. Safe to share between threads.
 */
final class FactsInput implements FactsSource {
    private final HostReader reader;

    FactsInput(InputStream stdin) {
        this(stdin, InputLimits.DEFAULT);
    }

    FactsInput(InputStream stdin, InputLimits limits) {
        this.reader = new HostReader(stdin, limits);
    }

    /** The facts of one input, with its warnings and what its bundle could not give when it is a bundle. */
    HostFacts load(String input) throws InvalidFactsException, InvalidBundleException, IOException {
        return reader.read(input);
    }

    @Override
    public HostFacts read(String input) throws InvalidFactsException, IOException {
        try {
            return reader.read(input);
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
        return reader.parse(name, document);
    }

    @Override
    public List<InputProblem> warnings(String input, FactsDocument doc) {
        return reader.warnings(input, doc);
    }

    @Override
    public boolean isOneHost(Path folder) {
        return reader.isOneHost(folder);
    }

    @Override
    public boolean isFactsFile(Path file) {
        return reader.isFactsFile(file);
    }
}
