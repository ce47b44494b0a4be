package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A waiver as reports show it: the finding (catalogue row) it accepts on the hosts its pattern
 * matches, why, who owns it, the last day it applies, the fact values it was granted for (JSON
 * Pointer to value; empty when none) and where it is written ({@code file:line}).
 */
public record Waiver(
        String rule,
        String hosts,
        String justification,
        String owner,
        LocalDate expires,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> facts,
        String source) {

    public Waiver {
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** "AGENT-01 on MABS-* (waivers.yaml:3)", how messages name a waiver. */
    public String label() {
        return rule + " on " + hosts + " (" + source + ")";
    }
}
