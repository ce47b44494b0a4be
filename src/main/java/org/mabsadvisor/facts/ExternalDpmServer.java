package org.mabsadvisor.facts;

/** Another DPM/MABS server added for external recovery, with the vault it is registered to. */
public record ExternalDpmServer(String name, String vaultName, String vaultId) {
}
