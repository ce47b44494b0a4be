package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of the vault's Azure subscription, as the MABS installation article names them. */
public enum SubscriptionState {
    @JsonProperty("Active") ACTIVE,
    @JsonProperty("Expired") EXPIRED,
    @JsonProperty("Deprovisioned") DEPROVISIONED
}
