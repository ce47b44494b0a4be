package org.mabsadvisor.bundle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mabsadvisor.facts.AccountNames;
import org.mabsadvisor.facts.AntivirusProduct;
import org.mabsadvisor.facts.Certificate;
import org.mabsadvisor.facts.CloudConnection;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.DpmAlert;
import org.mabsadvisor.facts.EmailNotification;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.FailedJob;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.MabsServer;
import org.mabsadvisor.facts.MarsAgent;
import org.mabsadvisor.facts.MarsAgentTask;
import org.mabsadvisor.facts.Network;
import org.mabsadvisor.facts.Platform;
import org.mabsadvisor.facts.ProtectedServer;
import org.mabsadvisor.facts.ProtectionAgent;
import org.mabsadvisor.facts.ProtectionGroup;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.Service;
import org.mabsadvisor.facts.StoragePool;
import org.mabsadvisor.facts.TempFolder;
import org.mabsadvisor.facts.TriggerJobFolder;
import org.mabsadvisor.facts.Trust;
import org.mabsadvisor.facts.VaultRegistration;
import org.mabsadvisor.facts.Volume;
import org.mabsadvisor.facts.VolumeRole;
import org.mabsadvisor.facts.HostNames;

/**
 * Puts the pieces the parsers found together into one facts document. What several outputs tell
 * together is worked out here: the roles of the volumes, the vault registration, the antivirus
 * products, the protected servers and the storage pool. A section is left out, unknown, when the
 * outputs it needs were not usable.
 */
final class DocumentAssembler {
    static final String DEFENDER = "Microsoft Defender Antivirus";
    private static final String INSTALL_PATH_KEY = "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Setup";
    private static final String SCRATCH_KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config";
    private static final String WINDOWS_KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    /** The services whose presence tells a role MABS cannot share its server with (the services spec reads them). */
    private static final List<Map.Entry<String, String>> ROLE_SERVICES = List.of(Map.entry("ClusSvc", "failoverCluster"),
            Map.entry("MSExchangeIS", "exchangeServer"), Map.entry("OMSDK", "operationsManager"));
    private static final String NOTIFICATION_KEY = "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Notification";

    FactsDocument assemble(FactsDraft d, Manifest manifest) {
        MabsServer server = server(d, manifest);
        MarsAgent mars = marsAgent(d);
        // Sections no spec feeds (external DPM servers, the Azure side, security settings) stay absent.
        return FactsDocument.builder()
                .collectedAt(manifest.collectedAt())
                .server(server)
                .platform(platform(d))
                .marsAgent(mars)
                .services(services(d))
                .volumes(volumes(d, server.installFolder(), mars == null ? null : mars.scratchFolder()))
                .registry(d.registry)
                .vault(vault(d, manifest.collectedAt()))
                .clock(d.clock)
                .windowsTemp(windowsTemp(d))
                .certificates(certificates(d))
                .groupPolicies(d.groupPolicies)
                .antivirus(antivirus(d.defender, d.defenderPreferences, d.securityCenterProducts, null))
                .processes(d.processes)
                .mountedVirtualDisks(d.mountedVirtualDisks)
                .protectionGroups(protectionGroups(d))
                .protectedServers(protectedServers(d, manifest, server))
                .storagePool(storagePool(d))
                .network(d.probes == null ? null : new Network(null, d.probes))
                .cloudConnection(cloudConnection(d, manifest.collectedAt()))
                .notifications(notifications(d))
                .shadowStorage(d.shadowStorage)
                .events(events(d))
                .alerts(alerts(d))
                .failedJobs(failedJobs(d))
                .sqlAgentJobs(d.sqlAgentJobs)
                .triggerJob(triggerJob(d))
                .marsAgentTasks(marsAgentTasks(d, server))
                .onlineBackupModule(d.onlineBackupModule)
                .windowsServerBackup(d.windowsServerBackup)
                .iscsiDevices(d.iscsiDevices)
                .build();
    }

    /** The MARS agent's own scheduled tasks, each with whether the account it runs as may run the backup. */
    private static List<MarsAgentTask> marsAgentTasks(FactsDraft d, MabsServer server) {
        if (d.agentTasks == null) {
            return null;
        }
        return d.agentTasks.stream().map(t -> new MarsAgentTask(t.name(), t.state(), t.triggerEnabled(), t.runAs() != null ? t.runAs() : t.runAsGroup(),
                systemOrAdministrator(t, d.administrators, server.name()), t.multipleInstances(), t.startTimes())).toList();
    }

    /** The names of the local Administrators group itself, for a task that runs as a group. */
    private static final Set<String> ADMINISTRATORS = Set.of("administrators", "builtin\\administrators", "administrateurs",
            "builtin\\administrateurs", "s-1-5-32-544");

    /**
     * Whether a task runs as SYSTEM or as a local administrator, as the MARS agent article asks; null
     * when that cannot be told. A domain account that is not a direct member may be one through a
     * domain group (Domain Admins), whose members are not read: unknown. A local account can only be
     * a direct member, since local groups do not nest.
     */
    private static Boolean systemOrAdministrator(FactsDraft.AgentTask task, List<FactsDraft.GroupMember> admins, String host) {
        if (AccountNames.isLocalSystem(task.runAs())) {
            return true;
        }
        if (task.runAs() == null) {
            return task.runAsGroup() != null && ADMINISTRATORS.contains(task.runAsGroup().strip().toLowerCase(Locale.ROOT)) ? Boolean.TRUE : null;
        }
        if (admins == null) {
            return null;
        }
        String account = localName(task.runAs(), host);
        for (FactsDraft.GroupMember m : admins) {
            if (m.sid() != null && m.sid().equalsIgnoreCase(task.runAs().strip()) || m.name() != null && localName(m.name(), host).equals(account)) {
                return true;
            }
        }
        boolean local = account.indexOf('\\') < 0;
        return local || admins.stream().noneMatch(FactsDraft.GroupMember::group) ? Boolean.FALSE : null;
    }

    /** An account in lower case, without the computer part when it names this computer (".\\x", "MABS01\\x"). */
    private static String localName(String account, String host) {
        String a = account.strip().toLowerCase(Locale.ROOT);
        int slash = a.indexOf('\\');
        if (slash < 0) {
            return a;
        }
        String prefix = a.substring(0, slash);
        return prefix.equals(".") || HostNames.same(prefix, host) ? a.substring(slash + 1) : a;
    }

    /**
     * The services with the logon accounts read apart (sql-service-accounts), joined by name; the
     * accounts alone make no services list (a list of only the SQL Server services would look complete).
     */
    private static List<Service> services(FactsDraft d) {
        if (d.serviceAccounts == null || d.services == null) {
            return d.services;
        }
        List<Service> out = new ArrayList<>();
        for (Service s : d.services) {
            String account = d.serviceAccounts.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(s.name()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            out.add(account == null ? s : s.withAccount(account));
        }
        return out;
    }

    /** TriggerJob.exe's folder, when the program was looked for or the folder's entries were read. */
    private static TriggerJobFolder triggerJob(FactsDraft d) {
        if (d.triggerJobFound == null && d.triggerJobAccess == null) {
            return null;
        }
        return new TriggerJobFolder(d.triggerJobFolder, d.triggerJobFound, d.triggerJobAccess);
    }

    private static MabsServer server(FactsDraft d, Manifest manifest) {
        String name = d.computer != null ? d.computer.name() : manifest.host();
        String installFolder = registryText(d, INSTALL_PATH_KEY, "InstallPath");
        if (installFolder == null && d.mabsFile != null) {
            installFolder = d.mabsFile.productFolder();
        }
        return new MabsServer(name, d.computer == null ? null : d.computer.domain(), d.computer == null ? null : d.computer.workgroup(),
                d.mabsFile == null ? null : d.mabsFile.version(), null, withoutFinalBackslash(installFolder));
    }

    /**
     * The platform: the operating system (with InstallationType from the registry), the domain role,
     * the hardware, the roles that share the server (a domain controller from the domain role; a
     * cluster, Exchange and Operations Manager from their services) and the SQL Server and
     * Reporting Services instances. Left out when none of its outputs was usable.
     */
    private static Platform platform(FactsDraft d) {
        String installationType = registryText(d, WINDOWS_KEY, "InstallationType");
        Platform.OperatingSystem os = d.operatingSystem == null && installationType == null ? null
                : new Platform.OperatingSystem(d.operatingSystem == null ? null : d.operatingSystem.caption(),
                        d.operatingSystem == null ? null : d.operatingSystem.version(),
                        d.operatingSystem == null ? null : d.operatingSystem.architecture(), installationType);
        List<String> roles = coHostedRoles(d);
        if (os == null && d.domainRole == null && d.hardware == null && roles == null && d.sqlServer == null && d.reportingServices == null) {
            return null;
        }
        return new Platform(os, d.domainRole, d.hardware == null || d.hardware.cores() == null ? null : d.hardware.cores().intValue(),
                d.hardware == null ? null : d.hardware.memoryBytes(), roles, d.sqlServer, d.reportingServices, null);
    }

    /** The roles MABS cannot share its server with, known once the services were read; null when they were not. */
    private static List<String> coHostedRoles(FactsDraft d) {
        if (d.services == null) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        if (d.domainRole != null && (d.domainRole.endsWith("DomainController"))) {
            roles.add("domainController");
        }
        for (Map.Entry<String, String> e : ROLE_SERVICES) {
            if (d.services.stream().anyMatch(s -> s.name().equalsIgnoreCase(e.getKey()))) {
                roles.add(e.getValue());
            }
        }
        return roles;
    }

    private static MarsAgent marsAgent(FactsDraft d) {
        String scratch = registryText(d, SCRATCH_KEY, "ScratchLocation");
        Boolean exists = null;
        if (d.marsConfig != null && d.marsConfig.scratchLocation() != null) {
            String fromConfig = withoutFinalBackslash(d.marsConfig.scratchLocation());
            if (scratch == null || fromConfig.equalsIgnoreCase(withoutFinalBackslash(scratch))) {
                scratch = fromConfig;
                exists = d.marsConfig.scratchLocationExists();
            }
        }
        String version = d.marsAgentFile == null ? null : d.marsAgentFile.version();
        String folder = d.marsAgentFile == null ? null : d.marsAgentFile.productFolder();
        if (version == null && folder == null && scratch == null) {
            return null;
        }
        // What mars-scratch saw is about the folder it looked at: kept only when that is the folder the agent uses.
        FactsDraft.ScratchFolder seen = d.scratchFolder;
        if (seen != null && (scratch == null || seen.path() == null
                || !withoutFinalBackslash(seen.path()).equalsIgnoreCase(withoutFinalBackslash(scratch)))) {
            seen = null;
        }
        return new MarsAgent(version, folder, withoutFinalBackslash(scratch), exists, seen == null ? null : seen.kekPresent(),
                seen == null ? null : seen.location(), seen == null ? null : seen.volumeOnline(),
                seen == null ? null : seen.attributes(), seen == null ? null : seen.deduplicated());
    }

    /** The value of a registry value that a registry spec found, or null. */
    private static String registryText(FactsDraft d, String key, String name) {
        if (d.registry == null) {
            return null;
        }
        return d.registry.stream().filter(r -> r.is(key, name) && r.isPresent() && r.value() != null && !r.value().isBlank())
                .map(RegistryValue::value).findFirst().orElse(null);
    }

    private static String withoutFinalBackslash(String path) {
        if (path == null) {
            return null;
        }
        String p = path.strip();
        while (p.endsWith("\\") && !p.matches("[A-Za-z]:\\\\")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The volumes, with the roles MABS gives them: where Windows, MABS and the scratch folder are, and the storage pool. */
    private static List<Volume> volumes(FactsDraft d, String installFolder, String scratchFolder) {
        if (d.volumes == null) {
            return null;
        }
        List<String> mounts = d.volumes.stream().map(FactsDraft.LocalVolume::mount).toList();
        String system = d.windows == null ? null : holding(mounts, d.windows.systemDrive() + "\\");
        String install = holding(mounts, installFolder);
        String scratch = holding(mounts, scratchFolder);
        List<String> pool = d.storageVolumes == null ? List.of()
                : d.storageVolumes.stream().map(v -> holding(mounts, v.accessPath())).filter(Objects::nonNull).toList();
        List<Volume> out = new ArrayList<>();
        for (FactsDraft.LocalVolume v : d.volumes) {
            Set<VolumeRole> roles = EnumSet.noneOf(VolumeRole.class);
            if (v.mount().equals(system)) {
                roles.add(VolumeRole.SYSTEM);
            }
            if (v.mount().equals(scratch)) {
                roles.add(VolumeRole.SCRATCH);
            }
            if (pool.contains(v.mount())) {
                roles.add(VolumeRole.STORAGE_POOL);
            }
            if (v.mount().equals(install)) {
                roles.add(VolumeRole.INSTALL);
            }
            out.add(new Volume(null, v.mount(), v.label(), List.copyOf(roles), v.fileSystem(), v.sizeBytes(), v.freeBytes()));
        }
        return out;
    }

    /** The mount (drive or mount folder) that holds a path: the longest one that starts it, ignoring case. */
    static String holding(List<String> mounts, String path) {
        if (path == null) {
            return null;
        }
        String p = path.strip().toLowerCase(Locale.ROOT);
        if (!p.endsWith("\\")) {
            p = p + "\\";
        }
        String best = null;
        for (String m : mounts) {
            String mount = m.toLowerCase(Locale.ROOT);
            if (!mount.endsWith("\\")) {
                mount = mount + "\\";
            }
            if (p.startsWith(mount) && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The vault registration: registered when the MARS agent has a machine or vault id; the
     * credentials file is the newest one found, and its age is counted up to the collection.
     */
    private static VaultRegistration vault(FactsDraft d, OffsetDateTime collectedAt) {
        if (d.marsConfig == null && d.credentialsFiles == null) {
            return null;
        }
        Boolean registered = null;
        String name = null;
        String id = null;
        if (d.marsConfig != null) {
            registered = d.marsConfig.hasMachineId() || d.marsConfig.vaultId() != null || d.marsConfig.vaultName() != null;
            name = d.marsConfig.vaultName();
            id = d.marsConfig.vaultId();
        }
        FactsDraft.CredentialsFile newest = d.credentialsFiles == null ? null : d.credentialsFiles.stream()
                .filter(f -> f.written() != null).max(Comparator.comparing(FactsDraft.CredentialsFile::written)).orElse(null);
        Double ageHours = null;
        if (newest != null) {
            long minutes = Math.max(0, Duration.between(newest.written(), collectedAt).toMinutes());
            ageHours = Math.round(minutes / 6.0) / 10.0;
        }
        return new VaultRegistration(registered, name, id, newest == null ? null : newest.name(), ageHours, null, null, null);
    }

    /**
     * The connection to Azure: whether it holds now, and when it last did. Nothing on the server
     * records when Get-DPMCloudConnection last said True, so the last confirmation is the newest
     * online recovery point, the last time data is known to have reached Azure (a lower bound: the
     * connection may have worked later with nothing to send). Its age is counted up to the collection.
     */
    private static CloudConnection cloudConnection(FactsDraft d, OffsetDateTime collectedAt) {
        if (d.cloudConnected == null && !d.onlineRecoveryPointsRead) {
            return null;
        }
        OffsetDateTime last = d.newestOnlineRecoveryPoint;
        Double days = null;
        if (last != null && collectedAt != null) {
            long minutes = Math.max(0, Duration.between(last, collectedAt).toMinutes());
            days = Math.round(minutes / 144.0) / 10.0;
        }
        return new CloudConnection(d.cloudConnected, last, days);
    }

    /**
     * The Personal store's certificates, then the trusted roots. One list carries both stores, and a
     * collected list says "no such certificate" to the rules of the Personal store: without that
     * store (its spec failed) the section stays unknown, roots or not.
     */
    private static List<Certificate> certificates(FactsDraft d) {
        if (d.certificates == null) {
            return null;
        }
        List<Certificate> all = new ArrayList<>(d.certificates);
        if (d.rootCertificates != null) {
            all.addAll(d.rootCertificates);
        }
        return all;
    }

    private static TempFolder windowsTemp(FactsDraft d) {
        if (d.windowsTemp == null) {
            return null;
        }
        String path = d.windowsTemp.path();
        if (path == null && d.windows != null && d.windows.windowsDirectory() != null) {
            path = d.windows.windowsDirectory() + "\\Temp";
        }
        return new TempFolder(path, d.windowsTemp.fileCount());
    }

    /**
     * The antivirus products of one computer. Unknown unless Defender's state is known: when
     * Defender is absent or off, another product may be there, which only Security Center tells.
     */
    static List<AntivirusProduct> antivirus(FactsDraft.DefenderStatus defender, FactsDraft.DefenderPreferences preferences,
            List<AntivirusProduct> securityCenter, String host) {
        if (defender == null) {
            return null;
        }
        List<AntivirusProduct> products = new ArrayList<>();
        boolean defenderActive = defender.installed() && !Boolean.FALSE.equals(defender.antivirusEnabled());
        if (defenderActive) {
            // In passive mode another product protects the computer and Defender does not scan files as they are opened.
            boolean passive = defender.runningMode() != null && defender.runningMode().toLowerCase(Locale.ROOT).contains("passive");
            Boolean realTime = passive ? Boolean.FALSE : defender.realTimeProtection();
            products.add(new AntivirusProduct(host, DEFENDER, realTime,
                    preferences == null ? null : preferences.excludedPaths(),
                    preferences == null ? null : preferences.excludedProcesses(),
                    preferences == null ? null : preferences.infectedFileAction()));
        }
        if (securityCenter != null) {
            products.addAll(securityCenter);
        } else if (!defenderActive) {
            return null;
        }
        return products;
    }

    private static List<ProtectionGroup> protectionGroups(FactsDraft d) {
        if (d.groups == null) {
            return null;
        }
        List<ProtectionGroup> groups = new ArrayList<>();
        for (FactsDraft.Group g : d.groups) {
            List<DataSource> sources = d.dataSources == null ? null : d.dataSources.stream()
                    .filter(s -> s.group().equalsIgnoreCase(g.name())).map(FactsDraft.GroupedDataSource::source).toList();
            groups.add(new ProtectionGroup(g.name(), null, g.onlineProtection(), g.onlineRetention(), sources, g.offlineSeeding(),
                    g.diskSchedules()));
        }
        return groups;
    }

    /**
     * The protected servers: those whose agent is attached to this server, and those named to the
     * collector, with what was read from each. A server of the MABS server's own domain is
     * trusted; one without a domain is in a workgroup; for another domain the trust is unknown.
     */
    private static List<ProtectedServer> protectedServers(FactsDraft d, Manifest manifest, MabsServer mabs) {
        Map<String, FactsDraft.AgentServer> agents = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        if (d.agentServers != null) {
            for (FactsDraft.AgentServer a : d.agentServers) {
                String name = a.name().contains(".") || a.domain() == null || a.domain().isBlank() ? a.name() : a.name() + "." + a.domain();
                agents.put(name, a);
                addName(names, name);
            }
        }
        manifest.parameters().protectedServers().forEach(n -> addName(names, n));
        d.remote.keySet().forEach(n -> addName(names, n));
        if (d.agentServers == null && names.isEmpty()) {
            return null;
        }
        String mabsName = mabs.domain() == null ? mabs.name() : mabs.name() + "." + mabs.domain();
        List<ProtectedServer> servers = new ArrayList<>();
        for (String name : names) {
            FactsDraft.AgentServer agent = agents.entrySet().stream().filter(e -> HostNames.same(e.getKey(), name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            FactsDraft.Remote remote = d.remote.entrySet().stream().filter(e -> HostNames.same(e.getKey(), name))
                    .map(Map.Entry::getValue).findFirst().orElse(new FactsDraft.Remote());
            Trust trust = agent == null ? null : trust(agent.domain(), mabs.domain());
            ProtectionAgent protectionAgent = agent == null ? null
                    : new ProtectionAgent("Deleted".equalsIgnoreCase(agent.protectionState()) ? null : Boolean.TRUE, remote.agentVersion, mabsName);
            List<Volume> volumes = remote.volumes == null ? null : remote.volumes.stream()
                    .map(v -> new Volume(null, v.mount(), v.label(), List.of(), v.fileSystem(), v.sizeBytes(), v.freeBytes())).toList();
            servers.add(new ProtectedServer(name, trust, protectionAgent, remote.architecture, remote.windowsServerBackupInstalled, null, null,
                    remote.services, volumes, antivirus(remote.defender, remote.defenderPreferences, null, null)));
        }
        return servers;
    }

    private static void addName(List<String> names, String name) {
        if (name != null && !name.isBlank() && names.stream().noneMatch(n -> HostNames.same(n, name))) {
            names.add(name.strip());
        }
    }

    private static Trust trust(String domain, String mabsDomain) {
        if (domain == null || domain.isBlank() || domain.equalsIgnoreCase("WORKGROUP")) {
            return Trust.WORKGROUP;
        }
        return mabsDomain != null && domain.equalsIgnoreCase(mabsDomain) ? Trust.TRUSTED_DOMAIN : null;
    }

    /** The storage pool: its volumes' capacity, and their free space as Windows reports it for the same volumes. */
    private static StoragePool storagePool(FactsDraft d) {
        if (d.storageVolumes == null || d.storageVolumes.isEmpty()) {
            return null;
        }
        Long total = 0L;
        Long free = 0L;
        List<String> mounts = d.volumes == null ? List.of() : d.volumes.stream().map(FactsDraft.LocalVolume::mount).toList();
        for (FactsDraft.StorageVolume v : d.storageVolumes) {
            total = total == null || v.totalBytes() == null ? null : total + v.totalBytes();
            String mount = holding(mounts, v.accessPath());
            FactsDraft.LocalVolume local = mount == null ? null
                    : d.volumes.stream().filter(l -> l.mount().equals(mount)).findFirst().orElse(null);
            free = free == null || local == null || local.freeBytes() == null ? null : free + local.freeBytes();
        }
        return new StoragePool(total, free, null);
    }

    /** The SMTP user name, the one notification setting the collector reads (never the password). */
    private static EmailNotification notifications(FactsDraft d) {
        String user = registryText(d, NOTIFICATION_KEY, "SMTPUserName");
        return user == null ? null : new EmailNotification(null, null, null, user, null);
    }

    private static List<Event> events(FactsDraft d) {
        if (d.events == null) {
            return null;
        }
        return d.events.stream().sorted(Comparator.comparing(Event::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static List<DpmAlert> alerts(FactsDraft d) {
        if (d.alerts == null) {
            return null;
        }
        return d.alerts.stream().sorted(Comparator.comparing(DpmAlert::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static List<FailedJob> failedJobs(FactsDraft d) {
        if (d.failedJobs == null) {
            return null;
        }
        return d.failedJobs.stream().sorted(Comparator.comparing(FailedJob::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
