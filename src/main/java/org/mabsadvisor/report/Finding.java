package org.mabsadvisor.report;

import java.util.List;

/**
 * One documented problem found on a server: a catalogue row, with the evidence of every rule of
 * that row that fired and one ordered plan of actions. {@code certainty} is {@code confirmed} when a
 * recorded error and the server's state agree, {@code risk} for the state alone, {@code reported}
 * for a recorded error alone.
 */
public record Finding(
        String ruleId,
        String severity,
        String section,
        String title,
        String certainty,
        List<Evidence> evidence,
        List<Action> actions,
        String reference) {

    public Finding {
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
    }
}
