package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.DataSourceType;
import org.mabsadvisor.facts.DiskMode;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.ReplicaState;
import org.mabsadvisor.facts.VmwareDisk;
import org.mabsadvisor.facts.VmwareVm;

/** The replica and VMware helper functions rule authors call from DRL. */
class ReplicasTest {

    private static Event event(String host, String message, String dataSource) {
        return new Event(null, host, null, "Backup", null, null, message, dataSource);
    }

    private static DataSource source(String name, String server) {
        return new DataSource("PG", name, DataSourceType.SYSTEM_STATE, server, ReplicaState.INCONSISTENT, null, null, null, null, null);
    }

    @Test
    void anEventConcernsTheServerItWasRecordedOnOrNames() {
        assertTrue(Replicas.concernsServer(event("fs01", "Replica is inconsistent.", null), "FS01.contoso.local"));
        assertTrue(Replicas.concernsServer(event("MABS01", "The replica of D:\\ on FS01.contoso.local is inconsistent.", null), "FS01.contoso.local"));
        assertTrue(Replicas.concernsServer(event("MABS01", "The replica of D:\\ on fs01 is inconsistent.", null), "FS01.contoso.local"));
        assertFalse(Replicas.concernsServer(event("MABS01", "The replica of D:\\ on FS012.contoso.local is inconsistent.", null), "FS01.contoso.local"),
                "a longer name that starts with the server name is another server");
        assertFalse(Replicas.concernsServer(event("MABS01", "Replica is inconsistent.", null), "FS01.contoso.local"));
        assertFalse(Replicas.concernsServer(event("MABS01", null, null), "FS01"));
        assertFalse(Replicas.concernsServer(event("MABS01", "on FS01", null), null));
    }

    @Test
    void anEventConcernsADataSourceOfTheServerItNames() {
        DataSource systemState = source("System Protection", "FS01.contoso.local");
        assertTrue(Replicas.concerns(event("MABS01", "Replica of System Protection on FS01.contoso.local is inconsistent.", null), systemState));
        assertTrue(Replicas.concerns(event("MABS01", "Replica on FS01.contoso.local is inconsistent.", "system protection"), systemState));
        assertFalse(Replicas.concerns(event("MABS01", "Replica on FS01.contoso.local is inconsistent.", "D:\\Shares"), systemState));
        assertFalse(Replicas.concerns(event("MABS01", "Replica on SQL01.contoso.local is inconsistent.", "System Protection"), systemState));
    }

    @Test
    void replicaVhdxFilesAreRecognisedByFolderOrVolume() {
        assertTrue(Replicas.isReplicaVhdx("C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\Volumes\\Replica\\31d8e7d7\\File System\\vol_1.VHDX"));
        assertTrue(Replicas.isReplicaVhdx("\\\\?\\C:/Program Files/Microsoft Azure Backup Server/DPM/DPM/Volumes/Replica/x.vhdx"));
        assertFalse(Replicas.isReplicaVhdx("C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\Volumes\\Replica\\x.vhd"));
        assertFalse(Replicas.isReplicaVhdx("D:\\Hyper-V\\Virtual Hard Disks\\web01.vhdx"));
        assertFalse(Replicas.isReplicaVhdx(null));
        // Modern backup storage keeps each replica in a Replica folder of a folder named by a GUID.
        assertTrue(Replicas.isReplicaVhdx("F:\\3f0e5a7c-1d2b-4c8e-9a6f-0b1c2d3e4f50\\Replica\\vol_1.vhdx"));
        assertTrue(Replicas.isReplicaVhdx("F:\\{3F0E5A7C-1D2B-4C8E-9A6F-0B1C2D3E4F50}\\Replica\\Data\\x.VHDX"));
        assertFalse(Replicas.isReplicaVhdx("F:\\not-a-guid\\Replica\\x.vhdx"));
        assertFalse(Replicas.isReplicaVhdx("F:\\3f0e5a7c-1d2b-4c8e-9a6f-0b1c2d3e4f50\\Replica.vhdx"));

        assertTrue(Replicas.isVhdxOn("F:\\a1b2\\replica.vhdx", "F:\\"));
        assertTrue(Replicas.isVhdxOn("f:\\a1b2\\replica.vhdx", "F:"));
        assertTrue(Replicas.isVhdxOn("C:\\Mounts\\Pool\\x.vhdx", "C:\\Mounts\\Pool"));
        assertFalse(Replicas.isVhdxOn("C:\\Mounts\\Pool2\\x.vhdx", "C:\\Mounts\\Pool"));
        assertFalse(Replicas.isVhdxOn("E:\\x.vhdx", "F:\\"));
        assertFalse(Replicas.isVhdxOn("F:\\x.iso", "F:\\"));
        assertFalse(Replicas.isVhdxOn("F:\\x.vhdx", null));
    }

    @Test
    void independentVmwareDisksAreNamed() {
        VmwareVm vm = new VmwareVm("vc01", "MABS01", List.of(
                new VmwareDisk("Hard disk 1", DiskMode.PERSISTENT),
                new VmwareDisk("Hard disk 2", DiskMode.INDEPENDENT_PERSISTENT),
                new VmwareDisk(null, DiskMode.INDEPENDENT_NONPERSISTENT),
                new VmwareDisk("Hard disk 4", null)));
        assertEquals("Hard disk 2, ?", VmwareDisks.independentDiskNames(vm));
        assertEquals("", VmwareDisks.independentDiskNames(new VmwareVm("vc01", null, null)));
        assertEquals("", VmwareDisks.independentDiskNames(null));
    }
}
