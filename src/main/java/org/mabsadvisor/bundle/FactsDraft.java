package org.mabsadvisor.bundle;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.facts.AntivirusProduct;
import org.mabsadvisor.facts.Certificate;
import org.mabsadvisor.facts.ClockSkew;
import org.mabsadvisor.facts.ConnectivityProbe;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.DpmAlert;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.FailedJob;
import org.mabsadvisor.facts.GroupPolicy;
import org.mabsadvisor.facts.InfectedFileAction;
import org.mabsadvisor.facts.MountedVirtualDisk;
import org.mabsadvisor.facts.OnlineBackupModule;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.ReportingServicesInstance;
import org.mabsadvisor.facts.RecoveryPointSchedule;
import org.mabsadvisor.facts.Retention;
import org.mabsadvisor.facts.RunningProcess;
import org.mabsadvisor.facts.ScratchAttribute;
import org.mabsadvisor.facts.ScratchLocation;
import org.mabsadvisor.facts.Service;
import org.mabsadvisor.facts.IscsiDevice;
import org.mabsadvisor.facts.ShadowStorage;
import org.mabsadvisor.facts.FolderAccess;
import org.mabsadvisor.facts.SqlAgentJob;
import org.mabsadvisor.facts.SqlServerInstance;
import org.mabsadvisor.facts.TempFolder;
import org.mabsadvisor.facts.WindowsBackupSchedule;

/**
 * What the parsers of one bundle found, piece by piece, before the pieces are put together into a
 * facts document. A piece left null was not collected (its command failed or is not in the bundle).
 */
final class FactsDraft {

    /** The computer's name and its domain or workgroup. */
    record Computer(String name, String domain, String workgroup) {
    }

    /** Where Windows is. */
    record Windows(String systemDrive, String windowsDirectory) {
    }

    /** The operating system's caption, version and architecture ("64-bit", "32-bit", or null when unknown). */
    record OperatingSystem(String caption, String version, String architecture) {
    }

    /** Processor cores and installed physical memory. */
    record Hardware(Long cores, Long memoryBytes) {
    }

    /** The program file of a service, with its version and the product folder it is in. */
    record ProgramFile(String version, String productFolder) {
    }

    /** The registration values of the MARS agent (only whether it has a machine id) and whether its scratch folder exists. */
    record MarsConfig(String vaultName, String vaultId, boolean hasMachineId, String scratchLocation, Boolean scratchLocationExists) {
    }

    /**
     * What mars-scratch found about the scratch folder it looked at: its path, whether OnlineBackup.KEK
     * is in it, the kind of its volume, whether that volume is online, its unsupported attributes
     * and whether the volume is deduplicated (each null when unknown).
     */
    record ScratchFolder(String path, Boolean kekPresent, ScratchLocation location, Boolean volumeOnline,
            List<ScratchAttribute> attributes, Boolean deduplicated) {
    }

    /** A vault credentials file: its name and when it was written, never its content. */
    record CredentialsFile(String name, OffsetDateTime written) {
    }

    /** A local volume as Windows reports it. */
    record LocalVolume(String mount, String label, String fileSystem, Long sizeBytes, Long freeBytes) {
    }

    /** Microsoft Defender's state; {@code installed} is false when its cmdlets do not exist. */
    record DefenderStatus(boolean installed, Boolean antivirusEnabled, Boolean realTimeProtection, String runningMode) {
    }

    /** Microsoft Defender's exclusions (null: unknown) and action on threats. */
    record DefenderPreferences(List<String> excludedPaths, List<String> excludedProcesses, InfectedFileAction infectedFileAction) {
    }

    /** A protection group's settings; {@code diskSchedules} null when not read. */
    record Group(String name, Boolean onlineProtection, Retention onlineRetention, Boolean offlineSeeding,
            List<RecoveryPointSchedule> diskSchedules) {
    }

    /** A data source with the name of its group. */
    record GroupedDataSource(String group, DataSource source) {
    }

    /** A computer whose protection agent is attached to this MABS server. */
    record AgentServer(String name, String domain, String protectionState) {
    }

    /**
     * A scheduled task of the MARS agent as Task Scheduler gives it: the account it runs as (or the
     * group, for a task that runs as a group) is judged against the local Administrators once both
     * outputs are read.
     */
    record AgentTask(String name, String state, Boolean triggerEnabled, String runAs, String runAsGroup,
            String multipleInstances, List<String> startTimes) {
    }

    /** A member of the local Administrators group: its name, its SID, and whether it is a group (whose members are not listed). */
    record GroupMember(String name, String sid, boolean group) {
    }

    /** A volume of the MABS storage pool. */
    record StorageVolume(String accessPath, Long totalBytes) {
    }

    /** What was read remotely from one protected server. */
    static final class Remote {
        List<Service> services;
        List<LocalVolume> volumes;
        DefenderStatus defender;
        DefenderPreferences defenderPreferences;
        Boolean windowsServerBackupInstalled;
        String architecture;
        String agentVersion;
    }

    Computer computer;
    Windows windows;
    OperatingSystem operatingSystem;
    /** One of {@link org.mabsadvisor.facts.Platform#DOMAIN_ROLES}, or null. */
    String domainRole;
    Hardware hardware;
    SqlServerInstance sqlServer;
    List<ReportingServicesInstance> reportingServices;
    ProgramFile marsAgentFile;
    ProgramFile mabsFile;
    List<Service> services;
    List<LocalVolume> volumes;
    List<RegistryValue> registry;
    MarsConfig marsConfig;
    ScratchFolder scratchFolder;
    List<ShadowStorage> shadowStorage;
    List<CredentialsFile> credentialsFiles;
    TempFolder windowsTemp;
    List<Certificate> certificates;
    /** The trusted roots (certificates-root), kept apart until the document is assembled. */
    List<Certificate> rootCertificates;
    List<GroupPolicy> groupPolicies;
    ClockSkew clock;
    DefenderStatus defender;
    DefenderPreferences defenderPreferences;
    List<AntivirusProduct> securityCenterProducts;
    List<RunningProcess> processes;
    /** The Plug and Play devices with hardware id ROOT\\ISCSIPRT (the iSCSI initiator): null until read. */
    List<IscsiDevice> iscsiDevices;
    List<MountedVirtualDisk> mountedVirtualDisks;
    List<Group> groups;
    List<GroupedDataSource> dataSources;
    List<AgentServer> agentServers;
    List<StorageVolume> storageVolumes;
    List<Event> events;
    List<DpmAlert> alerts;
    List<FailedJob> failedJobs;
    /** The live schedules of the MABS database and their SQL Server Agent jobs (sql-agent-jobs); empty when there is none. */
    List<SqlAgentJob> sqlAgentJobs;
    List<ConnectivityProbe> probes;
    /** Get-DPMCloudConnection: whether MABS reaches Azure now. */
    Boolean cloudConnected;
    /** True once the online recovery points were counted, even when there were none. */
    boolean onlineRecoveryPointsRead;
    /** The newest online recovery point: the last time the server's data is known to have reached Azure. */
    OffsetDateTime newestOnlineRecoveryPoint;
    /** Logon accounts of the SQL Server services by service name (sql-service-accounts), joined to the services. */
    Map<String, String> serviceAccounts;
    /** TriggerJob.exe's folder, whether the program is there, and the folder's entries: each null until read. */
    String triggerJobFolder;
    Boolean triggerJobFound;
    List<FolderAccess> triggerJobAccess;
    /** The MARS agent's own scheduled tasks (mars-agent-tasks); empty when it has none. */
    List<AgentTask> agentTasks;
    /** The members of the local Administrators group (local-administrators). */
    List<GroupMember> administrators;
    OnlineBackupModule onlineBackupModule;
    WindowsBackupSchedule windowsServerBackup;
    final Map<String, Remote> remote = new LinkedHashMap<>();

    /** Adds registry values looked up by one command; the section exists once one lookup succeeded. */
    void addRegistry(RegistryValue value) {
        if (registry == null) {
            registry = new ArrayList<>();
        }
        registry.add(value);
    }

    /** Adds the events of one log; the section exists once one log was read. */
    void addEvents(List<Event> more) {
        if (events == null) {
            events = new ArrayList<>();
        }
        events.addAll(more);
    }

    /** What was read from one protected server (created on first use). */
    Remote remote(String server) {
        return remote.computeIfAbsent(server, k -> new Remote());
    }
}
