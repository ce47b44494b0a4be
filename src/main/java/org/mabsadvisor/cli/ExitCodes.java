package org.mabsadvisor.cli;

/** The exit codes of every command, documented in --help and README. */
final class ExitCodes {
    private ExitCodes() {
    }

    /** No finding at or above the --fail-on level. */
    static final int OK = 0;
    /** Findings at or above the --fail-on level. */
    static final int FINDINGS = 1;
    /** Bad usage, bad input, bad policy or bad rules: nothing was analysed. */
    static final int INVALID = 2;
    /** A defect of the tool itself. */
    static final int INTERNAL = 3;
    /** A report, or what a command prints, could not be written: standard output full or closed, a disk full. */
    static final int OUTPUT_FAILED = 4;
}
