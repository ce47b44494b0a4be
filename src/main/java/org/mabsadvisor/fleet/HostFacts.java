package org.mabsadvisor.fleet;

import java.util.List;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputProblem;

/** The facts of one host as read, with what is odd but not wrong in them. */
public record HostFacts(FactsDocument document, List<InputProblem> warnings) {

    public HostFacts {
        warnings = List.copyOf(warnings);
    }
}
