package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** State of the disk replica of a data source on the MABS server. */
public enum ReplicaState {
    @JsonProperty("consistent") CONSISTENT,
    @JsonProperty("inconsistent") INCONSISTENT,
    @JsonProperty("invalid") INVALID,
    @JsonProperty("missing") MISSING,
    @JsonProperty("creationPending") CREATION_PENDING
}
