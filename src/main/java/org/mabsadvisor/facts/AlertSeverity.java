package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The severity of a DPM alert, as the Monitoring pane of the MABS console shows it. */
public enum AlertSeverity {
    @JsonProperty("error") ERROR,
    @JsonProperty("warning") WARNING,
    @JsonProperty("information") INFORMATION
}
