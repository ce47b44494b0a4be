package org.mabsadvisor.bundle;

import java.util.List;
import org.mabsadvisor.facts.FactsDocument;

/** The facts built from a bundle, checked like a hand-written facts file, their JSON, and what could not be used. */
public record BuiltFacts(FactsDocument document, String json, List<SpecProblem> problems) {

    public BuiltFacts {
        problems = List.copyOf(problems);
    }
}
