package org.mabsadvisor.fleet;

import java.util.List;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;

/** What became of one input of a fleet: its report, or why it could not be analysed. */
public sealed interface HostResult {

    /** The input's report, and the warnings about its facts. */
    record Analysed(Report report, List<InputProblem> warnings) implements HostResult {
    }

    /** The input could not be analysed; {@code cause} is the exception behind a rules failure, for --debug (may be null). */
    record Failed(HostFailure failure, Throwable cause) implements HostResult {
    }
}
