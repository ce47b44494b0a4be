package org.mabsadvisor.facts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The facts file as a whole. Every section is optional: a missing section means "not collected"
 * (unknown), an empty one means "collected, nothing there". The alerts and failed jobs of the MABS
 * console are kept apart from the events in the file, but rules see each one as an {@link Event}.
 */
public record FactsDocument(
        String schemaVersion,
        OffsetDateTime collectedAt,
        MabsServer server,
        Platform platform,
        MarsAgent marsAgent,
        List<Service> services,
        List<Volume> volumes,
        List<RegistryValue> registry,
        VaultRegistration vault,
        List<ExternalDpmServer> externalDpmServers,
        ClockSkew clock,
        TempFolder windowsTemp,
        List<Certificate> certificates,
        List<GroupPolicy> groupPolicies,
        List<AntivirusProduct> antivirus,
        List<RunningProcess> processes,
        List<MountedVirtualDisk> mountedVirtualDisks,
        List<ProtectionGroup> protectionGroups,
        List<ProtectedServer> protectedServers,
        StoragePool storagePool,
        Network network,
        CloudConnection cloudConnection,
        AzureSide azure,
        SecuritySettings security,
        EmailNotification notifications,
        List<ShadowStorage> shadowStorage,
        List<Event> events,
        List<DpmAlert> alerts,
        List<FailedJob> failedJobs,
        List<SqlAgentJob> sqlAgentJobs,
        TriggerJobFolder triggerJob,
        List<MarsAgentTask> marsAgentTasks,
        OnlineBackupModule onlineBackupModule,
        WindowsBackupSchedule windowsServerBackup,
        List<IscsiDevice> iscsiDevices) {
}
