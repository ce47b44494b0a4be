package org.mabsadvisor.bundle;

import java.util.List;
import org.mabsadvisor.facts.InputProblem;

/** The bundle cannot be read at all (not a zip, no manifest, a broken manifest): nothing is built from it. */
public final class InvalidBundleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidBundleException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid bundle" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    static InvalidBundleException of(String file, String message) {
        return new InvalidBundleException(List.of(new InputProblem(file, 0, 0, "", message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
