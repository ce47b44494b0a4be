package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a volume is used for by MABS. */
public enum VolumeRole {
    @JsonProperty("system") SYSTEM,
    @JsonProperty("scratch") SCRATCH,
    @JsonProperty("storagePool") STORAGE_POOL,
    @JsonProperty("install") INSTALL,
    @JsonProperty("other") OTHER
}
