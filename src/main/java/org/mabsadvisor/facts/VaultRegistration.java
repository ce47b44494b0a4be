package org.mabsadvisor.facts;

/** Registration of the MABS server to a Recovery Services vault. */
public record VaultRegistration(
        Boolean registered,
        String vaultName,
        String vaultId,
        String credentialsFileName,
        Double credentialsFileAgeHours,
        Boolean passphraseSet,
        Boolean credentialsFileIsLatest,
        String credentialsFileVaultName) {

    /** True when the credentials file is named with another extension than .VaultCredentials (any case). */
    public boolean credentialsFileHasWrongExtension() {
        return credentialsFileName != null && !credentialsFileName.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".vaultcredentials");
    }
}
