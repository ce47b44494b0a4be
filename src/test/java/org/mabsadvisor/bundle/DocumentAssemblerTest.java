package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.CloudConnection;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.ProtectedServer;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.SqlAgentJob;
import org.mabsadvisor.facts.Trust;
import org.mabsadvisor.facts.VolumeRole;

/** What several outputs tell together: volume roles, registration, protected servers, storage pool, notifications. */
class DocumentAssemblerTest {
    private static final OffsetDateTime COLLECTED = OffsetDateTime.parse("2026-11-20T06:15:02Z");

    @Test
    void rolesGoToTheVolumeHoldingEachFolderEvenAMountFolder() {
        FactsDraft d = draft();
        d.windows = new FactsDraft.Windows("C:", "C:\\Windows");
        d.volumes = List.of(new FactsDraft.LocalVolume("C:\\", null, "NTFS", 100L, 50L),
                new FactsDraft.LocalVolume("E:\\", null, "NTFS", 100L, 50L),
                new FactsDraft.LocalVolume("E:\\Mounts\\Scratch\\", null, "NTFS", 100L, 3L),
                new FactsDraft.LocalVolume("F:\\", null, "ReFS", 1000L, 400L));
        d.addRegistry(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Setup", "InstallPath", "REG_SZ",
                "E:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\", true));
        d.addRegistry(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config", "ScratchLocation", "REG_SZ",
                "e:\\mounts\\scratch\\MARS", true));
        d.storageVolumes = List.of(new FactsDraft.StorageVolume("F:", 1000L));
        FactsDocument doc = assemble(d, List.of());
        assertEquals("E:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM", doc.server().installFolder());
        assertEquals(List.of(VolumeRole.SYSTEM), doc.volumes().get(0).roles());
        assertEquals(List.of(VolumeRole.INSTALL), doc.volumes().get(1).roles());
        assertEquals(List.of(VolumeRole.SCRATCH), doc.volumes().get(2).roles());
        assertEquals(List.of(VolumeRole.STORAGE_POOL), doc.volumes().get(3).roles());
        assertEquals(1000L, doc.storagePool().totalBytes());
        assertEquals(400L, doc.storagePool().freeBytes());
        assertEquals("e:\\mounts\\scratch\\MARS", doc.marsAgent().scratchFolder());
    }

    @Test
    void trustedRootsFollowThePersonalStoreAndNeverStandForIt() {
        FactsDraft d = draft();
        org.mabsadvisor.facts.Certificate root = new org.mabsadvisor.facts.Certificate("LocalMachine\\Root", "CN=DigiCert Global Root G2",
                "CN=DigiCert Global Root G2", "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4", null);
        d.rootCertificates = List.of(root);
        // Without the Personal store its rules would read "no such certificate": the section stays unknown.
        assertNull(assemble(d, List.of()).certificates());
        org.mabsadvisor.facts.Certificate personal = new org.mabsadvisor.facts.Certificate("LocalMachine\\My", "CN=MABS01", "CN=Contoso CA", "AB", null);
        d.certificates = List.of(personal);
        assertEquals(List.of(personal, root), assemble(d, List.of()).certificates());
    }

    @Test
    void logonAccountsJoinTheServicesAndTriggerJobTakesWhatWasRead() {
        FactsDraft d = draft();
        d.services = List.of(new org.mabsadvisor.facts.Service(null, "SQLAgent$MSDPM2012", "SQL Server Agent (MSDPM2012)",
                org.mabsadvisor.facts.ServiceState.RUNNING, org.mabsadvisor.facts.StartMode.AUTOMATIC, null));
        d.serviceAccounts = new java.util.LinkedHashMap<>(java.util.Map.of("sqlagent$msdpm2012", ".\\MICROSOFT$DPM$Acct"));
        d.serviceAccounts.put("MSSQL$MSDPM2012", "LocalSystem");
        List<org.mabsadvisor.facts.Service> services = assemble(d, List.of()).services();
        assertEquals(".\\MICROSOFT$DPM$Acct", services.get(0).account(), "joined by name, case ignored");
        assertEquals(org.mabsadvisor.facts.ServiceState.RUNNING, services.get(0).state());
        assertEquals(1, services.size(), "the accounts alone add no service");
        d.services = null;
        assertNull(assemble(d, List.of()).services(), "no services list from the accounts alone");
        assertNull(assemble(d, List.of()).triggerJob(), "nothing read of TriggerJob.exe");
        d.triggerJobFound = false;
        assertEquals(new org.mabsadvisor.facts.TriggerJobFolder(null, false, null), assemble(d, List.of()).triggerJob());
    }

    @Test
    void aStorageVolumeWindowsDoesNotListLeavesTheFreeSpaceUnknown() {
        FactsDraft d = draft();
        d.volumes = List.of(new FactsDraft.LocalVolume("F:\\", null, "ReFS", 1000L, 400L));
        d.storageVolumes = List.of(new FactsDraft.StorageVolume("F:\\", 1000L), new FactsDraft.StorageVolume("G:\\", 500L));
        assertEquals(1500L, assemble(d, List.of()).storagePool().totalBytes());
        assertNull(assemble(d, List.of()).storagePool().freeBytes());
    }

    @Test
    void protectedServersFromTheAgentsAndFromTheCollectorsParameter() {
        FactsDraft d = draft();
        d.computer = new FactsDraft.Computer("MABS01", "contoso.local", null);
        d.agentServers = List.of(new FactsDraft.AgentServer("FS01", "contoso.local", "HasDatasourcesProtected"),
                new FactsDraft.AgentServer("WEB01", null, "NoDatasourcesProtected"),
                new FactsDraft.AgentServer("SQL09.fabrikam.com", "fabrikam.com", "Deleted"));
        d.remote("fs01").windowsServerBackupInstalled = true;
        List<ProtectedServer> servers = assemble(d, List.of("FS01.CONTOSO.LOCAL", "APP01.contoso.local")).protectedServers();
        assertEquals(List.of("FS01.contoso.local", "WEB01", "SQL09.fabrikam.com", "APP01.contoso.local"),
                servers.stream().map(ProtectedServer::name).toList());
        assertEquals(Trust.TRUSTED_DOMAIN, servers.get(0).trust());
        assertEquals(Boolean.TRUE, servers.get(0).windowsServerBackupInstalled());
        assertEquals("MABS01.contoso.local", servers.get(0).agent().attachedTo());
        assertEquals(Trust.WORKGROUP, servers.get(1).trust());
        assertNull(servers.get(2).trust(), "another domain may or may not be trusted");
        assertNull(servers.get(2).agent().installed(), "an agent DPM lists as deleted");
        assertNull(servers.get(3).agent(), "a server named to the collector but not attached here");
        assertNull(assemble(draft(), List.of()).protectedServers());
    }

    @Test
    void theNewestCredentialsFileAndItsAgeAtCollection() {
        FactsDraft d = draft();
        d.credentialsFiles = List.of(new FactsDraft.CredentialsFile("old.VaultCredentials", COLLECTED.minusDays(3)),
                new FactsDraft.CredentialsFile("new.VaultCredentials", COLLECTED.minusMinutes(150)),
                new FactsDraft.CredentialsFile("later.VaultCredentials", COLLECTED.plusMinutes(5).minusDays(1)));
        FactsDocument doc = assemble(d, List.of());
        assertEquals("new.VaultCredentials", doc.vault().credentialsFileName());
        assertEquals(2.5, doc.vault().credentialsFileAgeHours());
        assertNull(doc.vault().registered(), "the registration was not read");
        d.marsConfig = new FactsDraft.MarsConfig(null, null, false, null, null);
        assertEquals(Boolean.FALSE, assemble(d, List.of()).vault().registered());
    }

    @Test
    void theConnectionToAzureIsLastConfirmedByTheNewestOnlineRecoveryPoint() {
        FactsDraft d = draft();
        assertNull(assemble(d, List.of()).cloudConnection(), "neither spec ran: unknown");
        d.cloudConnected = false;
        assertEquals(new CloudConnection(false, null, null), assemble(d, List.of()).cloudConnection());
        d.onlineRecoveryPointsRead = true;
        d.newestOnlineRecoveryPoint = COLLECTED.minusDays(16).minusHours(12);
        CloudConnection connection = assemble(d, List.of()).cloudConnection();
        assertEquals(16.5, connection.daysSinceConfirmed());
        assertTrue(connection.lostForMoreThan(15));
        assertFalse(connection.lostForMoreThan(17));
        d.cloudConnected = null;
        assertNull(assemble(d, List.of()).cloudConnection().connected(), "the points alone say nothing of the connection now");
    }

    @Test
    void theSmtpUserNameIsTheOnlyNotificationSetting() {
        FactsDraft d = draft();
        assertNull(assemble(d, List.of()).notifications());
        d.addRegistry(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Notification", "SMTPUserName",
                null, null, false));
        assertNull(assemble(d, List.of()).notifications());
        d.addRegistry(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Notification", "SMTPUserName",
                "REG_SZ", "CONTOSO\\mabs-alerts", true));
        assertEquals("CONTOSO\\mabs-alerts", assemble(d, List.of()).notifications().smtpUserName());
    }

    @Test
    void thePlatformTellsTheRolesSharingTheServerOnceItsServicesAreKnown() {
        FactsDraft d = draft();
        d.domainRole = "primaryDomainController";
        d.operatingSystem = new FactsDraft.OperatingSystem("Microsoft Windows Server 2022 Standard", "10.0.20348", "64-bit");
        d.addRegistry(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "InstallationType", "REG_SZ", "Server Core", true));
        org.mabsadvisor.facts.Platform unknownRoles = assemble(d, List.of()).platform();
        assertNull(unknownRoles.coHostedRoles(), "without the services, the roles are unknown");
        assertEquals("Server Core", unknownRoles.operatingSystem().installationType());
        d.services = List.of(new org.mabsadvisor.facts.Service(null, "OMSDK", null, null, null, null), new org.mabsadvisor.facts.Service(null, "clussvc", null, null, null, null),
                new org.mabsadvisor.facts.Service(null, "MSDPM", null, null, null, null));
        assertEquals(List.of("domainController", "failoverCluster", "operationsManager"), assemble(d, List.of()).platform().coHostedRoles());
        assertNull(assemble(draft(), List.of()).platform(), "nothing of the platform collected");
    }

    @Test
    void theJobsOfTheLiveSchedulesAreKeptAsReadAndNoneIsNotUnknown() {
        FactsDraft d = draft();
        assertNull(assemble(d, List.of()).sqlAgentJobs(), "not read: the section stays absent and SCHED-03 is not checked");
        d.sqlAgentJobs = List.of();
        assertEquals(List.of(), assemble(d, List.of()).sqlAgentJobs(), "no live schedule");
        List<SqlAgentJob> jobs = List.of(new SqlAgentJob("1bd305ae-f158-4948-93f8-e935103b168f", false),
                new SqlAgentJob("1e53fd39-0339-4d41-96ec-89fdf587f1e5", null));
        d.sqlAgentJobs = jobs;
        assertEquals(jobs, assemble(d, List.of()).sqlAgentJobs());
    }

    private static FactsDraft draft() {
        return new FactsDraft();
    }

    private static FactsDocument assemble(FactsDraft d, List<String> protectedServers) {
        Manifest manifest = new Manifest("1", "Collect-MabsFacts.ps1", "1.0.0", "MABS01", COLLECTED, null, null, true,
                new Manifest.Parameters(7, protectedServers, null), List.of());
        return new DocumentAssembler().assemble(d, manifest);
    }
}
