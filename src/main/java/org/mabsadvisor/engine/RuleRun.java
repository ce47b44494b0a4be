package org.mabsadvisor.engine;

import java.util.List;
import org.mabsadvisor.facts.Diagnosis;

/** What one evaluation produced: the firings in order, and the root causes the cause rules inserted. */
public record RuleRun(List<Firing> firings, List<Diagnosis> diagnoses) {

    public RuleRun {
        firings = List.copyOf(firings);
        diagnoses = List.copyOf(diagnoses);
    }
}
