package org.mabsadvisor.fleet;

import java.io.IOException;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.host.HostFacts;

/** The facts of one host, read when a worker gets to them: a file, standard input, or one document of an NDJSON stream. */
public interface HostInput {

    /** What messages and reports call this input: the file as named, or {@code file:line} for a line of a stream. */
    String name();

    HostFacts read() throws InvalidFactsException, IOException;
}
