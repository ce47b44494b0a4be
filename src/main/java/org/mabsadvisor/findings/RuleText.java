package org.mabsadvisor.findings;

import java.util.List;

/**
 * The words of one rule in one language: title, evidence template and ordered actions; for a rule
 * on the server's state, {@code check} says how to confirm that state by hand (explain shows it
 * beside a pasted error the state can cause).
 */
public record RuleText(String title, String evidence, List<ActionText> actions, ActionText check) {

    public RuleText {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
