package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One documented problem found on a server: a catalogue row, with the evidence of every rule of
 * that row that fired and one ordered plan of actions. {@code certainty} is {@code confirmed} when a
 * recorded error and the server's state agree, {@code risk} for the state alone, {@code reported}
 * for a recorded error alone. {@code baseline} is {@code new} or {@code unchanged} when the run was
 * compared with an earlier report (--baseline), null otherwise.
 */
public record Finding(
        String ruleId,
        String severity,
        String section,
        String title,
        String certainty,
        List<Evidence> evidence,
        List<Action> actions,
        String reference,
        @JsonInclude(JsonInclude.Include.NON_NULL) String baseline) {

    /** Baseline state of a finding that was not in the earlier report. */
    public static final String NEW = "new";
    /** Baseline state of a finding that was in the earlier report too. */
    public static final String UNCHANGED = "unchanged";

    public Finding {
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
    }

    /** A finding of a run not compared with any baseline. */
    public Finding(String ruleId, String severity, String section, String title, String certainty, List<Evidence> evidence,
            List<Action> actions, String reference) {
        this(ruleId, severity, section, title, certainty, evidence, actions, reference, null);
    }

    /** This finding marked {@code new} or {@code unchanged} against a baseline. */
    public Finding withBaseline(String state) {
        return new Finding(ruleId, severity, section, title, certainty, evidence, actions, reference, state);
    }
}
