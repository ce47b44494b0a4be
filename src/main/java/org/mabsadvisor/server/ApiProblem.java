package org.mabsadvisor.server;

import java.util.List;
import org.mabsadvisor.facts.InputProblem;

/** A request the server refuses: the HTTP status, what is wrong, and where in the input (file, line, field) when known. */
final class ApiProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<InputProblem> problems;

    ApiProblem(int status, String message) {
        this(status, message, List.of());
    }

    ApiProblem(int status, String message, List<InputProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    int status() {
        return status;
    }

    List<InputProblem> problems() {
        return problems;
    }
}
