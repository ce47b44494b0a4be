package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** VMware virtual disk mode. */
public enum DiskMode {
    @JsonProperty("persistent") PERSISTENT,
    @JsonProperty("nonpersistent") NONPERSISTENT,
    @JsonProperty("independentPersistent") INDEPENDENT_PERSISTENT,
    @JsonProperty("independentNonpersistent") INDEPENDENT_NONPERSISTENT;

    public boolean isIndependent() {
        return this == INDEPENDENT_PERSISTENT || this == INDEPENDENT_NONPERSISTENT;
    }
}
