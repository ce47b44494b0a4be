package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the MARS scratch folder lies: only a local fixed volume is supported. */
public enum ScratchLocation {
    @JsonProperty("localFixed") LOCAL_FIXED,
    @JsonProperty("share") SHARE,
    @JsonProperty("removable") REMOVABLE,
    @JsonProperty("other") OTHER
}
