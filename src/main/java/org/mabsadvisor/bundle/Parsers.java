package org.mabsadvisor.bundle;

import java.util.Map;

/** The parser of each spec of collect/specs.json, by spec name; a test keeps the two lists equal. */
final class Parsers {
    private Parsers() {
    }

    private static final OutputParser REGISTRY = new RegistryQueryParser();
    private static final OutputParser EVENTS = new EventsParser();
    private static final OutputParser SERVICES = new ServicesParser();
    private static final OutputParser VOLUMES = new VolumesParser();
    private static final OutputParser DEFENDER_STATUS = new DefenderStatusParser();
    private static final OutputParser DEFENDER_PREFERENCES = new DefenderPreferencesParser();

    static final Map<String, OutputParser> BY_SPEC = Map.ofEntries(
            Map.entry("computer-system", new ComputerSystemParser()),
            Map.entry("operating-system", new OperatingSystemParser()),
            Map.entry("hardware", new HardwareParser()),
            Map.entry("product-versions", new ProductVersionsParser()),
            Map.entry("services", SERVICES),
            Map.entry("sql-service-accounts", new SqlServiceAccountsParser()),
            Map.entry("volumes", VOLUMES),
            Map.entry("registry-dpm-install-path", REGISTRY),
            Map.entry("registry-scratch-location", REGISTRY),
            Map.entry("registry-scratch-location-provider", REGISTRY),
            Map.entry("registry-refs-inline-trim", REGISTRY),
            Map.entry("registry-writeids-key", REGISTRY),
            Map.entry("registry-tls12-client-enabled", REGISTRY),
            Map.entry("registry-tls12-client-disabled-by-default", REGISTRY),
            Map.entry("registry-dotnet-system-default-tls", REGISTRY),
            Map.entry("registry-dotnet-strong-crypto", REGISTRY),
            Map.entry("registry-dotnet32-system-default-tls", REGISTRY),
            Map.entry("registry-dotnet32-strong-crypto", REGISTRY),
            Map.entry("registry-max-parallel-backup-jobs", REGISTRY),
            Map.entry("registry-online-backup-tasks-threshold", REGISTRY),
            Map.entry("registry-installation-type", REGISTRY),
            Map.entry("registry-sql-agent-account", REGISTRY),
            Map.entry("registry-scheduler-job-owner", REGISTRY),
            Map.entry("registry-smtp-user-name", REGISTRY),
            Map.entry("registry-dpm-sql-server", REGISTRY),
            Map.entry("registry-dpm-sql-instance", REGISTRY),
            Map.entry("sql-instance", new SqlInstanceParser()),
            Map.entry("sql-agent-jobs", new SqlAgentJobsParser()),
            Map.entry("reporting-services", new ReportingServicesParser()),
            Map.entry("mars-config", new MarsConfigParser()),
            Map.entry("mars-scratch", new MarsScratchParser()),
            Map.entry("vault-credentials-files", new CredentialsFilesParser()),
            Map.entry("windows-temp", new WindowsTempParser()),
            Map.entry("certificates", new CertificatesParser(CertificatesParser.PERSONAL)),
            Map.entry("certificates-root", new CertificatesParser(CertificatesParser.ROOT)),
            Map.entry("group-policies", new GroupPolicyParser()),
            Map.entry("clock-offset", new ClockOffsetParser()),
            Map.entry("defender-status", DEFENDER_STATUS),
            Map.entry("defender-preferences", DEFENDER_PREFERENCES),
            Map.entry("security-center-antivirus", new SecurityCenterParser()),
            Map.entry("processes", new ProcessesParser()),
            Map.entry("iscsi-devices", new IscsiDevicesParser()),
            Map.entry("disks", new DisksParser()),
            Map.entry("shadow-storage", new ShadowStorageParser()),
            Map.entry("dpm-protection-groups", new DpmProtectionGroupsParser()),
            Map.entry("dpm-datasources", new DpmDataSourcesParser()),
            Map.entry("dpm-production-servers", new DpmProductionServersParser()),
            Map.entry("dpm-storage-volumes", new DpmStorageVolumesParser()),
            Map.entry("dpm-alerts", new DpmAlertsParser()),
            Map.entry("dpm-failed-jobs", new DpmFailedJobsParser()),
            Map.entry("trigger-job-file", new TriggerJobFileParser()),
            Map.entry("trigger-job-folder-access", new FolderAccessParser()),
            Map.entry("mars-agent-tasks", new MarsAgentTasksParser()),
            Map.entry("local-administrators", new LocalAdministratorsParser()),
            Map.entry("online-backup-module", new OnlineBackupModuleParser()),
            Map.entry("registry-powershell-engine", REGISTRY),
            Map.entry("registry-machine-psmodulepath", REGISTRY),
            Map.entry("registry-execution-policy", REGISTRY),
            Map.entry("windows-server-backup-schedule", new WindowsBackupScheduleParser()),
            Map.entry("events-mars", EVENTS),
            Map.entry("events-dpm-backup", EVENTS),
            Map.entry("events-system", EVENTS),
            Map.entry("events-dpm-alerts", EVENTS),
            Map.entry("events-application", EVENTS),
            Map.entry("events-scheduled-jobs", EVENTS),
            Map.entry("events-defender", EVENTS),
            Map.entry("mars-failed-files", new FailedFilesParser()),
            Map.entry("network-probes", new NetworkProbesParser()),
            Map.entry("dpm-cloud-connection", new CloudConnectionParser()),
            Map.entry("dpm-online-recovery-points", new OnlineRecoveryPointsParser()),
            Map.entry("registry-dotnet4-release", REGISTRY),
            Map.entry("ps-services", SERVICES),
            Map.entry("ps-volumes", VOLUMES),
            Map.entry("ps-defender-status", DEFENDER_STATUS),
            Map.entry("ps-defender-preferences", DEFENDER_PREFERENCES),
            Map.entry("ps-windows-server-backup", new WindowsServerBackupParser()),
            Map.entry("ps-operating-system", new ProtectedOperatingSystemParser()));
}
