package org.mabsadvisor.facts;

/** The vault's security features for hybrid backups (the PIN-protected operations). */
public record SecuritySettings(Boolean enabled) {
}
