package org.mabsadvisor.server;

/** The rule files changed and no longer load: the message gives their problems, file by file. */
public final class RulesUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public RulesUnavailableException(String problems) {
        super(problems == null || problems.isBlank() ? "the rules could not be loaded" : problems);
    }
}
