package org.mabsadvisor.engine;

import java.util.List;

/** The rule folders do not compile or their metadata is wrong; carries every problem found. */
public final class InvalidRulesException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public InvalidRulesException(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "invalid rules" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
