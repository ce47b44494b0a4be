package org.mabsadvisor.facts;

/** Registration of the MABS server to a Recovery Services vault. */
public record VaultRegistration(
        Boolean registered,
        String vaultName,
        String vaultId,
        String credentialsFileName,
        Double credentialsFileAgeHours,
        Boolean passphraseSet) {
}
