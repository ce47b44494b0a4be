package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Certificate;
import org.mabsadvisor.facts.ConnectivityProbe;
import org.mabsadvisor.facts.MountedVirtualDisk;
import org.mabsadvisor.facts.RunningProcess;
import org.mabsadvisor.facts.TempFolder;

/** The Windows and agent specs: computer, operating system, program versions, MARS registration, files, certificates, processes, disks, network. */
class SystemParsersTest {

    @Test
    void theComputerInADomainOrAWorkgroup() throws Exception {
        assertEquals(new FactsDraft.Computer("MABS01", "contoso.local", null),
                Outputs.parse(Outputs.fixture("computer-system", "computer-system-domain.json")).computer);
        assertEquals(new FactsDraft.Computer("MABS09", null, "BACKUP"),
                Outputs.parse(Outputs.fixture("computer-system", "computer-system-workgroup.json")).computer);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("computer-system", "")));
    }

    @Test
    void theSystemDrive() throws Exception {
        assertEquals(new FactsDraft.Windows("C:", "C:\\Windows"), Outputs.parse(Outputs.fixture("operating-system", "operating-system.json")).windows);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("operating-system", "{\"SystemDrive\": \"\\\\\\\\srv\"}")));
    }

    @Test
    void programVersionsAndProductFolders() throws Exception {
        FactsDraft draft = Outputs.parse(Outputs.fixture("product-versions", "product-versions.json"));
        assertEquals(new FactsDraft.ProgramFile("14.0.30.0", "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM"), draft.mabsFile);
        assertEquals(new FactsDraft.ProgramFile("2.0.9277.0", "C:\\Program Files\\Microsoft Azure Recovery Services Agent"), draft.marsAgentFile);
        assertEquals("C:\\Tools", ProductVersionsParser.productFolder("C:\\Tools\\agent.exe -k"));
        assertEquals(null, ProductVersionsParser.version("unknown"));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("product-versions", "{\"Name\": \"Spooler\"}")));
    }

    @Test
    void theMarsAgentsRegistration() throws Exception {
        assertEquals(new FactsDraft.MarsConfig("rsv-backup-weu", "5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41", true,
                "E:\\MARS\\Scratch\\", false), Outputs.parse(Outputs.fixture("mars-config", "mars-config-registered.json")).marsConfig);
        assertEquals(new FactsDraft.MarsConfig(null, null, false, "E:\\MARS\\Scratch", true),
                Outputs.parse(Outputs.fixture("mars-config", "mars-config-unregistered.json")).marsConfig);
        assertEquals(new FactsDraft.MarsConfig("rsv-backup-weu", "5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41", true, null, null),
                Outputs.parse(Outputs.text("mars-config", "{\"ServiceResourceName\": \"rsv-backup-weu\", "
                        + "\"ResourceId\": \"5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41\", \"MachineIdPresent\": true}")).marsConfig,
                "the collector prints only whether the machine id is there");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("mars-config", 1,
                "Cannot find path 'HKLM:\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config' because it does not exist.",
                "PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand")));
    }

    @Test
    void vaultCredentialsFilesByNameAndDateOnly() throws Exception {
        List<FactsDraft.CredentialsFile> files = Outputs.parse(Outputs.fixture("vault-credentials-files", "vault-credentials-files.json")).credentialsFiles;
        assertEquals(new FactsDraft.CredentialsFile("rsv-backup-weu_Fri Nov 20 2026.VaultCredentials", OffsetDateTime.parse("2026-11-20T05:45:02Z")),
                files.get(1));
        assertEquals(List.of(), Outputs.parse(Outputs.text("vault-credentials-files", "")).credentialsFiles);
    }

    @Test
    void tempFolderCertificatesProcessesDisksProbesAndWindowsServerBackup() throws Exception {
        assertEquals(new TempFolder("C:\\Windows\\Temp", 71384L), Outputs.parse(Outputs.fixture("windows-temp", "windows-temp.json")).windowsTemp);
        List<Certificate> certificates = Outputs.parse(Outputs.fixture("certificates", "certificates.json")).certificates;
        assertEquals(new Certificate("LocalMachine\\My", "CN=Windows Azure Tools", "CN=Windows Azure Tools", "3C9F1B2A7D4E5F60718293A4B5C6D7E8F9012345",
                OffsetDateTime.parse("2027-01-14T10:22:31Z")), certificates.get(0));
        assertEquals("", certificates.get(1).subject(), "a certificate without subject is kept, with an empty one");
        List<Certificate> roots = Outputs.parse(Outputs.fixture("certificates-root", "certificates-root.json")).rootCertificates;
        assertEquals(2, roots.size());
        assertTrue(roots.stream().allMatch(Certificate::isTrustedRoot), roots.toString());
        assertTrue(roots.get(0).hasThumbprint("df3c24f9bfd666761b268073fe06d1cc8d4f82a4"), roots.get(0).toString());
        // A French Windows: one certificate (PowerShell writes no array for one item), accents kept, an ISO date with its offset.
        List<Certificate> french = Outputs.parse(Outputs.fixture("certificates-root", "certificates-root-fr.json")).rootCertificates;
        assertEquals(List.of(new Certificate("LocalMachine\\Root", "CN=Autorité de certification racine Contoso, O=Contoso, C=FR",
                "CN=Autorité de certification racine Contoso, O=Contoso, C=FR", "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567",
                OffsetDateTime.parse("2035-06-30T23:59:59+02:00"))), french);
        assertEquals(List.of(new RunningProcess(null, "System Idle Process", null),
                new RunningProcess(null, "beremote.exe", "C:\\Program Files\\Veritas\\Backup Exec\\beremote.exe")),
                Outputs.parse(Outputs.fixture("processes", "processes.json")).processes);
        assertEquals(List.of(new MountedVirtualDisk(null, "F:\\Replica\\vol_3f2a\\replica.vhdx"), new MountedVirtualDisk(null, "D:\\Images\\old.vhd")),
                Outputs.parse(Outputs.fixture("disks", "disks.json")).mountedVirtualDisks);
        List<ConnectivityProbe> probes = Outputs.parse(Outputs.fixture("network-probes", "network-probes.json")).probes;
        assertTrue(probes.get(1).failed() && !probes.get(0).failed());
        assertEquals("TCP connect to login.windows.net:443 failed", probes.get(1).error());
        FactsDraft wsb = Outputs.parse(Outputs.remoteFixture("ps-windows-server-backup", "FS01", "windows-server-backup.json"));
        assertEquals(false, wsb.remote("FS01").windowsServerBackupInstalled);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("windows-temp", "{\"Path\": \"C:\\\\Windows\\\\Temp\"}")));
    }

    @Test
    void theCloudConnectionNowAndTheNewestOnlineRecoveryPoint() throws Exception {
        assertEquals(Boolean.TRUE, Outputs.parse(Outputs.fixture("dpm-cloud-connection", "dpm-cloud-connection.json")).cloudConnected);
        assertEquals(Boolean.FALSE, Outputs.parse(Outputs.fixture("dpm-cloud-connection", "dpm-cloud-connection-lost.json")).cloudConnected);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("dpm-cloud-connection", "{\"State\": \"Connected\"}")));
        FactsDraft points = Outputs.parse(Outputs.fixture("dpm-online-recovery-points", "dpm-online-recovery-points.json"));
        assertTrue(points.onlineRecoveryPointsRead);
        assertEquals(OffsetDateTime.parse("2026-11-19T22:30:00Z"), points.newestOnlineRecoveryPoint);
        FactsDraft none = Outputs.parse(Outputs.fixture("dpm-online-recovery-points", "dpm-online-recovery-points-none.json"));
        assertTrue(none.onlineRecoveryPointsRead, "counted, and there were none");
        assertEquals(null, none.newestOnlineRecoveryPoint);
        assertEquals(OffsetDateTime.parse("0001-01-01T00:00:00.0000001Z"), OnlineRecoveryPointsParser.fromTicks(1));
    }
}
