package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.DataSourceType;
import org.mabsadvisor.facts.ReplicaState;
import org.mabsadvisor.facts.Retention;

/** The dpm-* specs: protection groups, data sources, production servers and storage volumes of the DPM module. */
class DpmParsersTest {

    @Test
    void protectionGroupsTheirOnlineRetentionAndHowTheyMakeTheirFirstOnlineBackup() throws Exception {
        List<FactsDraft.Group> groups = Outputs.parse(Outputs.fixture("dpm-protection-groups", "dpm-protection-groups.json")).groups;
        assertEquals(new FactsDraft.Group("PG-FileServers", true, new Retention(30, 12, 12, 3), false), groups.get(0), "over the network");
        // A blank range and a monthly range counted in weeks are not understood: they stay unknown.
        assertEquals(new FactsDraft.Group("PG-SQL", true, new Retention(14, null, null, 1), true), groups.get(1), "offline seeding");
        assertEquals(new FactsDraft.Group("PG-Disk", false, null, null), groups.get(2), "no online backup: no method");
    }

    @Test
    void dataSourcesWithTheirKindInEnglishOrFrenchAndTheirReplicaState() throws Exception {
        List<FactsDraft.GroupedDataSource> sources = Outputs.parse(Outputs.fixture("dpm-datasources", "dpm-datasources.json")).dataSources;
        assertEquals(new FactsDraft.GroupedDataSource("PG-FileServers", new DataSource(null, "D:\\Shares", DataSourceType.VOLUME,
                "FS01.contoso.local", ReplicaState.CONSISTENT, 322122547200L, null, null)), sources.get(0));
        assertNull(sources.get(1).source().type(), "System Protection is system state or bare-metal recovery: unknown");
        assertEquals(ReplicaState.INCONSISTENT, sources.get(1).source().replicaState());
        assertEquals(DataSourceType.SQL, sources.get(2).source().type());
        assertEquals(ReplicaState.CREATION_PENDING, sources.get(2).source().replicaState());
        assertEquals(DataSourceType.VMWARE, sources.get(3).source().type());
        assertEquals(ReplicaState.INCONSISTENT, sources.get(3).source().replicaState(), "DPM's Invalid is an inconsistent replica");
        assertEquals(DataSourceType.FILE_SHARE, sources.get(4).source().type());
        assertNull(sources.get(4).source().replicaState(), "a state this parser does not know stays unknown");
    }

    @Test
    void kindsOfDataSource() {
        assertEquals(DataSourceType.HYPER_V, DpmDataSourcesParser.type("Microsoft Hyper-V VSS Writer"));
        assertEquals(DataSourceType.SYSTEM_STATE, DpmDataSourcesParser.type("État du système"));
        assertEquals(DataSourceType.BARE_METAL_RECOVERY, DpmDataSourcesParser.type("Bare Metal Recovery"));
        assertEquals(DataSourceType.EXCHANGE, DpmDataSourcesParser.type("Exchange Mailbox Database"));
        assertEquals(DataSourceType.OTHER, DpmDataSourcesParser.type("Systemzustand"));
    }

    @Test
    void productionServersAndStorageVolumes() throws Exception {
        assertEquals(List.of(new FactsDraft.AgentServer("FS01", "contoso.local", "HasDatasourcesProtected"),
                new FactsDraft.AgentServer("WEB01", null, "NoDatasourcesProtected"),
                new FactsDraft.AgentServer("SQL09.fabrikam.com", "fabrikam.com", "Deleted")),
                Outputs.parse(Outputs.fixture("dpm-production-servers", "dpm-production-servers.json")).agentServers);
        assertEquals(List.of(new FactsDraft.StorageVolume("F:\\", 8796093022208L), new FactsDraft.StorageVolume("G:", 4398046511104L)),
                Outputs.parse(Outputs.fixture("dpm-storage-volumes", "dpm-storage-volumes.json")).storageVolumes);
    }

    @Test
    void withoutTheDpmModuleTheirFactsAreUnknown() {
        String notFound = "The term 'Get-DPMProtectionGroup' is not recognized as the name of a cmdlet, function, script file, or operable program.";
        for (String spec : List.of("dpm-protection-groups", "dpm-datasources", "dpm-production-servers", "dpm-storage-volumes")) {
            assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed(spec, 1, notFound, "CommandNotFoundException")), spec);
        }
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("dpm-datasources", "[{\"Name\": \"D:\\\\\"}]")));
    }
}
