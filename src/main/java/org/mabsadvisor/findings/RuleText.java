package org.mabsadvisor.findings;

import java.util.List;

/** The words of one rule in one language: title, evidence template and ordered actions. */
public record RuleText(String title, String evidence, List<ActionText> actions) {

    public RuleText {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
