package org.mabsadvisor.host;

import java.util.List;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.CollectionProblem;

/**
 * The facts of one host as read: the document, what is odd but not wrong in it (warnings), and,
 * when it was built from a collector's bundle, the outputs of the bundle that could not be used.
 * The collection problems travel with the facts so that no path from an input to its report can drop them.
 */
public record HostFacts(FactsDocument document, List<InputProblem> warnings, List<CollectionProblem> collection) {

    public HostFacts {
        warnings = List.copyOf(warnings);
        collection = List.copyOf(collection);
    }

    /** Facts read from a facts file or stream, which has no collection problems. */
    public HostFacts(FactsDocument document, List<InputProblem> warnings) {
        this(document, warnings, List.of());
    }
}
