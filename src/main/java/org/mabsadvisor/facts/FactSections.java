package org.mabsadvisor.facts;

import java.util.Map;

/**
 * Where each fact type stands in the facts file: the one table of section paths, which
 * {@link FactSet#of} flattens a document by and "not checked" messages name.
 */
public final class FactSections {
    private FactSections() {
    }

    private static final Map<Class<?>, String> SECTIONS = Map.ofEntries(
            Map.entry(MabsServer.class, "server"),
            // The one scalar of the file that rules read: ages are counted up to it.
            Map.entry(CollectionTime.class, "collectedAt"),
            Map.entry(Platform.class, "platform"),
            Map.entry(SqlServerInstance.class, "platform/sqlServer"),
            Map.entry(ReportingServicesInstance.class, "platform/reportingServices"),
            Map.entry(MabsHotfixes.class, "platform/hotfixes"),
            Map.entry(MarsAgent.class, "marsAgent"),
            Map.entry(Service.class, "services"),
            Map.entry(Volume.class, "volumes"),
            Map.entry(RegistryValue.class, "registry"),
            Map.entry(VaultRegistration.class, "vault"),
            Map.entry(ExternalDpmServer.class, "externalDpmServers"),
            Map.entry(ClockSkew.class, "clock"),
            Map.entry(TempFolder.class, "windowsTemp"),
            Map.entry(Certificate.class, "certificates"),
            Map.entry(GroupPolicy.class, "groupPolicies"),
            Map.entry(AntivirusProduct.class, "antivirus"),
            Map.entry(RunningProcess.class, "processes"),
            Map.entry(MountedVirtualDisk.class, "mountedVirtualDisks"),
            Map.entry(ProtectionGroup.class, "protectionGroups"),
            Map.entry(DataSource.class, "protectionGroups/dataSources"),
            Map.entry(ProtectedServer.class, "protectedServers"),
            Map.entry(StoragePool.class, "storagePool"),
            Map.entry(PoolDisk.class, "storagePool/disks"),
            Map.entry(ProxySettings.class, "network/proxy"),
            Map.entry(ConnectivityProbe.class, "network/probes"),
            Map.entry(CloudConnection.class, "cloudConnection"),
            Map.entry(AzureSubscription.class, "azure/subscription"),
            Map.entry(RegisteredServer.class, "azure/registeredServer"),
            Map.entry(AzureJob.class, "azure/jobs"),
            Map.entry(SecuritySettings.class, "security"),
            Map.entry(EmailNotification.class, "notifications"),
            Map.entry(ShadowStorage.class, "shadowStorage"),
            // Events also come from alerts and failedJobs; "events" names the three, as docs/facts.md says.
            Map.entry(Event.class, "events"),
            Map.entry(SqlAgentJob.class, "sqlAgentJobs"),
            Map.entry(TriggerJobFolder.class, "triggerJob"),
            Map.entry(MarsAgentTask.class, "marsAgentTasks"),
            Map.entry(OnlineBackupModule.class, "onlineBackupModule"),
            Map.entry(WindowsBackupSchedule.class, "windowsServerBackup"),
            Map.entry(IscsiDevice.class, "iscsiDevices"),
            // Not a section of the file: the server derives forecasts from the history of a host.
            Map.entry(Forecast.class, "forecasts (server history)"));

    /** The JSON Pointer of the section of a fact type (/server, /azure/subscription). */
    static String pointer(Class<?> type) {
        String section = SECTIONS.get(type);
        if (section == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no section in FactSections");
        }
        return "/" + section;
    }

    /** The fact type whose section this is (protectionGroups/dataSources), or null. */
    public static Class<?> typeAt(String section) {
        for (Map.Entry<Class<?>, String> e : SECTIONS.entrySet()) {
            if (e.getValue().equals(section)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The section name for an input fact type, or null for types that do not come from the facts file. */
    public static String of(Class<?> type) {
        return SECTIONS.get(type);
    }
}
