package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Start type of a Windows service, spelled as Get-Service reports it. */
public enum StartMode {
    @JsonProperty("Automatic") AUTOMATIC,
    @JsonProperty("Manual") MANUAL,
    @JsonProperty("Disabled") DISABLED,
    @JsonProperty("Boot") BOOT,
    @JsonProperty("System") SYSTEM
}
