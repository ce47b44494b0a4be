package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/** A certificate of a machine store, such as LocalMachine\My (Personal) or LocalMachine\Root (trusted roots). */
public record Certificate(String store, String subject, String issuer, String thumbprint, OffsetDateTime notAfter) {

    /** The trusted root certification authorities of the computer. */
    public static final String ROOT_STORE = "LocalMachine\\Root";

    /** True when it is in the computer's trusted root store. */
    public boolean isTrustedRoot() {
        return ROOT_STORE.equalsIgnoreCase(store);
    }

    /** True when its thumbprint is this one: PowerShell writes thumbprints in capitals, the articles in small letters. */
    public boolean hasThumbprint(String other) {
        return thumbprint != null && other != null && thumbprint.strip().equalsIgnoreCase(other.strip());
    }
}
