package org.mabsadvisor.fleet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.host.HostFacts;

/**
 * How the facts of one host are read. The command line's input reader implements it, so that every
 * kind of input it knows (a JSON file, standard input, and whatever is added there) is a fleet input too.
 */
public interface FactsSource {

    /**
     * The facts of a file or bundle named on the command line, or of standard input for "-", with
     * their warnings and collection problems.
     */
    HostFacts read(String input) throws InvalidFactsException, IOException;

    /** The facts of one document of an NDJSON stream; {@code name} is what messages call the stream. */
    FactsDocument parse(String name, byte[] document) throws InvalidFactsException;

    /** What is odd but not wrong in the facts, to show as warnings. */
    List<InputProblem> warnings(String input, FactsDocument doc);

    /** True for a folder that holds one host's facts (a collector's bundle), not a fleet of them. */
    boolean isOneHost(Path folder);

    /** True for the files a directory contributes to a fleet. */
    boolean isFactsFile(Path file);
}
