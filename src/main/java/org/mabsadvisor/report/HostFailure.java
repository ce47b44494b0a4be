package org.mabsadvisor.report;

import java.util.List;
import org.mabsadvisor.facts.InputProblem;

/**
 * An input of a fleet that could not be analysed, and why: {@code stage} is {@code input} when its
 * facts could not be read or are not valid, {@code rules} when the rules failed on them.
 */
public record HostFailure(String input, String stage, List<InputProblem> problems) {

    public static final String INPUT = "input";
    public static final String RULES = "rules";

    public HostFailure {
        problems = List.copyOf(problems);
    }
}
