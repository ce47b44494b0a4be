package org.mabsadvisor.policy;

import java.util.List;

/**
 * Thresholds the rules compare facts against. Defaults live in {@code rules-drl/policy.yaml};
 * an administrator overrides any of them with {@code --policy FILE}. Inserted as a fact, so rules
 * read it with a pattern like {@code Policy( $min : minimumMarsAgentVersion )}.
 */
public record Policy(
        String minimumMarsAgentVersion,
        double scratchFreePercentSerious,
        double scratchFreePercentWarning,
        long windowsTempMaxFiles,
        double maxClockSkewSeconds,
        double storagePoolFreePercentMinimum,
        RetentionMinimum retentionMinimum,
        String minimumAgentVersionForSecurityFeatures,
        int minimumMabsUpdateForSecurityFeatures,
        String mabsV2FirstVersion,
        long largeBareMetalRecoveryBytes,
        List<String> interferingBackupProcesses,
        double vaultCredentialsMaxAgeDays,
        List<String> azureTlsRootThumbprints,
        List<String> azureEndpoints,
        long maxParallelOnlineBackups,
        int trendWarningDays,
        int trendWindowDays) {

    public Policy {
        interferingBackupProcesses = interferingBackupProcesses == null ? List.of() : List.copyOf(interferingBackupProcesses);
        azureTlsRootThumbprints = azureTlsRootThumbprints == null ? List.of() : List.copyOf(azureTlsRootThumbprints);
        azureEndpoints = azureEndpoints == null ? List.of() : List.copyOf(azureEndpoints);
    }

    /**
     * Minimum online retention accepted when security settings are on. The monthly unit is a policy
     * value because the article states the monthly minimum in weeks while DPM counts months.
     */
    public record RetentionMinimum(int dailyDays, int weeklyWeeks, int monthly, String monthlyUnit, int yearlyYears) {
    }
}
