package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** State of a Windows service, spelled as Get-Service reports it. */
public enum ServiceState {
    @JsonProperty("Running") RUNNING,
    @JsonProperty("Stopped") STOPPED,
    @JsonProperty("Paused") PAUSED,
    @JsonProperty("StartPending") START_PENDING,
    @JsonProperty("StopPending") STOP_PENDING,
    @JsonProperty("ContinuePending") CONTINUE_PENDING,
    @JsonProperty("PausePending") PAUSE_PENDING
}
