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
        List<MabsRelease> mabsReleases,
        List<MabsBuild> mabsBuilds,
        List<String> recalledMabsBuilds,
        List<String> windowsServerEditions,
        List<String> sqlServerEditions,
        int minimumProcessorCores,
        long minimumMemoryBytes,
        String minimumMarsVersionForVmwareItemRecovery,
        String minimumMarsVersionForV3Ur2Hotfix,
        int trendWarningDays,
        int trendWindowDays,
        String minimumMarsVersionForVaultCredentials,
        String minimumMarsVersionForServiceMatch,
        long minimumDotNetFramework4Release,
        long cloudConnectionMaxDaysUnconfirmed,
        double scratchFreeShareOfOnlineDataSerious,
        double scratchFreeShareOfOnlineDataWarning,
        double shadowStorageUsedPercentMaximum,
        int minimumPowerShellMajorVersion,
        int backupScheduleOverlapMinutes,
        String minimumMarsVersionForOfflineSeeding,
        int recoveryPointScheduleSlackHours) {

    public Policy {
        interferingBackupProcesses = interferingBackupProcesses == null ? List.of() : List.copyOf(interferingBackupProcesses);
        azureTlsRootThumbprints = azureTlsRootThumbprints == null ? List.of() : List.copyOf(azureTlsRootThumbprints);
        azureEndpoints = azureEndpoints == null ? List.of() : List.copyOf(azureEndpoints);
        mabsReleases = mabsReleases == null ? List.of() : List.copyOf(mabsReleases);
        mabsBuilds = mabsBuilds == null ? List.of() : List.copyOf(mabsBuilds);
        recalledMabsBuilds = recalledMabsBuilds == null ? List.of() : List.copyOf(recalledMabsBuilds);
        windowsServerEditions = windowsServerEditions == null ? List.of() : List.copyOf(windowsServerEditions);
        sqlServerEditions = sqlServerEditions == null ? List.of() : List.copyOf(sqlServerEditions);
    }

    /**
     * A MABS release (v3, v4): its first product version, and the Windows Server and SQL Server
     * releases it supports ("2019"; "2014 SP1" for a minimum service pack).
     */
    public record MabsRelease(String name, String firstVersion, List<String> windowsServers, List<String> sqlServers) {
        public MabsRelease {
            windowsServers = windowsServers == null ? List.of() : List.copyOf(windowsServers);
            sqlServers = sqlServers == null ? List.of() : List.copyOf(sqlServers);
        }
    }

    /** The build number of an update rollup of MABS, as the documentation gives it ("v4 UR1", 14.0.42.0). */
    public record MabsBuild(String name, String version) {
    }

    /**
     * Minimum online retention accepted when security settings are on. The monthly unit is a policy
     * value because the article states the monthly minimum in weeks while DPM counts months.
     */
    public record RetentionMinimum(int dailyDays, int weeklyWeeks, int monthly, String monthlyUnit, int yearlyYears) {
    }
}
