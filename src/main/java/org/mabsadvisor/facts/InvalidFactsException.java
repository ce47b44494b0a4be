package org.mabsadvisor.facts;

import java.util.List;

/** The facts file could not be read, parsed or validated; carries every problem found. */
public final class InvalidFactsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidFactsException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid facts" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
