package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a protected server relates to the MABS server's domain. */
public enum Trust {
    @JsonProperty("trustedDomain") TRUSTED_DOMAIN,
    @JsonProperty("untrustedDomain") UNTRUSTED_DOMAIN,
    @JsonProperty("workgroup") WORKGROUP
}
