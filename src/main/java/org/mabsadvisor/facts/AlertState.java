package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a DPM alert is still raised or was resolved. */
public enum AlertState {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("resolved") RESOLVED
}
