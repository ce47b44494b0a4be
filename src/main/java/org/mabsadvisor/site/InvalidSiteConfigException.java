package org.mabsadvisor.site;

import java.util.List;

/** The site configuration cannot be used; carries every problem, each saying where it is. */
public final class InvalidSiteConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public InvalidSiteConfigException(List<String> problems) {
        super(problems.isEmpty() ? "invalid site configuration" : problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:column: message}, or {@code --disable ID: message}. */
    public List<String> problems() {
        return problems;
    }
}
