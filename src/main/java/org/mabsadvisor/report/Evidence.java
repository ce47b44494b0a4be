package org.mabsadvisor.report;

import java.util.List;

/** Why a finding was raised: one rule firing, in words and as the facts it matched. */
public record Evidence(String ruleId, String trigger, String text, List<EvidenceFact> facts) {

    public Evidence {
        facts = List.copyOf(facts);
    }
}
