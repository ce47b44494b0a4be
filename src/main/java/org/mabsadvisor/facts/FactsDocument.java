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

    /** The version of the facts format this tool writes. */
    public static final String SCHEMA_VERSION = "1";

    /** A document built by name; every section not given is absent, that is "not collected". */
    public static Builder builder() {
        return new Builder().schemaVersion(SCHEMA_VERSION);
    }

    /** Builds a document by the names of its sections, since it has too many to read them by position. */
    public static final class Builder {
        private String schemaVersion;
        private OffsetDateTime collectedAt;
        private MabsServer server;
        private Platform platform;
        private MarsAgent marsAgent;
        private List<Service> services;
        private List<Volume> volumes;
        private List<RegistryValue> registry;
        private VaultRegistration vault;
        private List<ExternalDpmServer> externalDpmServers;
        private ClockSkew clock;
        private TempFolder windowsTemp;
        private List<Certificate> certificates;
        private List<GroupPolicy> groupPolicies;
        private List<AntivirusProduct> antivirus;
        private List<RunningProcess> processes;
        private List<MountedVirtualDisk> mountedVirtualDisks;
        private List<ProtectionGroup> protectionGroups;
        private List<ProtectedServer> protectedServers;
        private StoragePool storagePool;
        private Network network;
        private CloudConnection cloudConnection;
        private AzureSide azure;
        private SecuritySettings security;
        private EmailNotification notifications;
        private List<ShadowStorage> shadowStorage;
        private List<Event> events;
        private List<DpmAlert> alerts;
        private List<FailedJob> failedJobs;
        private List<SqlAgentJob> sqlAgentJobs;
        private TriggerJobFolder triggerJob;
        private List<MarsAgentTask> marsAgentTasks;
        private OnlineBackupModule onlineBackupModule;
        private WindowsBackupSchedule windowsServerBackup;
        private List<IscsiDevice> iscsiDevices;

        private Builder() {
        }

        public Builder schemaVersion(String value) {
            this.schemaVersion = value;
            return this;
        }

        public Builder collectedAt(OffsetDateTime value) {
            this.collectedAt = value;
            return this;
        }

        public Builder server(MabsServer value) {
            this.server = value;
            return this;
        }

        public Builder platform(Platform value) {
            this.platform = value;
            return this;
        }

        public Builder marsAgent(MarsAgent value) {
            this.marsAgent = value;
            return this;
        }

        public Builder services(List<Service> value) {
            this.services = value;
            return this;
        }

        public Builder volumes(List<Volume> value) {
            this.volumes = value;
            return this;
        }

        public Builder registry(List<RegistryValue> value) {
            this.registry = value;
            return this;
        }

        public Builder vault(VaultRegistration value) {
            this.vault = value;
            return this;
        }

        public Builder externalDpmServers(List<ExternalDpmServer> value) {
            this.externalDpmServers = value;
            return this;
        }

        public Builder clock(ClockSkew value) {
            this.clock = value;
            return this;
        }

        public Builder windowsTemp(TempFolder value) {
            this.windowsTemp = value;
            return this;
        }

        public Builder certificates(List<Certificate> value) {
            this.certificates = value;
            return this;
        }

        public Builder groupPolicies(List<GroupPolicy> value) {
            this.groupPolicies = value;
            return this;
        }

        public Builder antivirus(List<AntivirusProduct> value) {
            this.antivirus = value;
            return this;
        }

        public Builder processes(List<RunningProcess> value) {
            this.processes = value;
            return this;
        }

        public Builder mountedVirtualDisks(List<MountedVirtualDisk> value) {
            this.mountedVirtualDisks = value;
            return this;
        }

        public Builder protectionGroups(List<ProtectionGroup> value) {
            this.protectionGroups = value;
            return this;
        }

        public Builder protectedServers(List<ProtectedServer> value) {
            this.protectedServers = value;
            return this;
        }

        public Builder storagePool(StoragePool value) {
            this.storagePool = value;
            return this;
        }

        public Builder network(Network value) {
            this.network = value;
            return this;
        }

        public Builder cloudConnection(CloudConnection value) {
            this.cloudConnection = value;
            return this;
        }

        public Builder azure(AzureSide value) {
            this.azure = value;
            return this;
        }

        public Builder security(SecuritySettings value) {
            this.security = value;
            return this;
        }

        public Builder notifications(EmailNotification value) {
            this.notifications = value;
            return this;
        }

        public Builder shadowStorage(List<ShadowStorage> value) {
            this.shadowStorage = value;
            return this;
        }

        public Builder events(List<Event> value) {
            this.events = value;
            return this;
        }

        public Builder alerts(List<DpmAlert> value) {
            this.alerts = value;
            return this;
        }

        public Builder failedJobs(List<FailedJob> value) {
            this.failedJobs = value;
            return this;
        }

        public Builder sqlAgentJobs(List<SqlAgentJob> value) {
            this.sqlAgentJobs = value;
            return this;
        }

        public Builder triggerJob(TriggerJobFolder value) {
            this.triggerJob = value;
            return this;
        }

        public Builder marsAgentTasks(List<MarsAgentTask> value) {
            this.marsAgentTasks = value;
            return this;
        }

        public Builder onlineBackupModule(OnlineBackupModule value) {
            this.onlineBackupModule = value;
            return this;
        }

        public Builder windowsServerBackup(WindowsBackupSchedule value) {
            this.windowsServerBackup = value;
            return this;
        }

        public Builder iscsiDevices(List<IscsiDevice> value) {
            this.iscsiDevices = value;
            return this;
        }

        public FactsDocument build() {
            return new FactsDocument(schemaVersion, collectedAt, server, platform, marsAgent, services, volumes, registry, vault, externalDpmServers, clock, windowsTemp, certificates, groupPolicies, antivirus, processes, mountedVirtualDisks, protectionGroups, protectedServers, storagePool, network, cloudConnection, azure, security, notifications, shadowStorage, events, alerts, failedJobs, sqlAgentJobs, triggerJob, marsAgentTasks, onlineBackupModule, windowsServerBackup, iscsiDevices);
        }
    }
}
