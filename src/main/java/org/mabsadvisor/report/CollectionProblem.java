package org.mabsadvisor.report;

import java.util.List;

/**
 * A command of the collector whose output could not be used, when the facts came from a bundle:
 * the spec, why (with the output file and line), and the facts it leaves unknown, which explain
 * the checks listed as not checked.
 */
public record CollectionProblem(String spec, String problem, List<String> unknownFacts) {

    public CollectionProblem {
        unknownFacts = List.copyOf(unknownFacts);
    }
}
