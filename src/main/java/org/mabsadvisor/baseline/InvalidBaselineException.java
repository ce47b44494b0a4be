package org.mabsadvisor.baseline;

import java.util.List;
import org.mabsadvisor.facts.InputProblem;

/** The baseline file is not a JSON report of mabs-advisor; says where. */
public final class InvalidBaselineException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidBaselineException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid baseline" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
