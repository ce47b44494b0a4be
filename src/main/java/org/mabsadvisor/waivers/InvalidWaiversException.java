package org.mabsadvisor.waivers;

import java.util.List;
import org.mabsadvisor.facts.InputProblem;

/** The waivers file cannot be used; carries every problem found, each located by line and column. */
public final class InvalidWaiversException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidWaiversException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid waivers" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
