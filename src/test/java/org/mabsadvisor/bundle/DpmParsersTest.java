package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.DataSourceType;
import org.mabsadvisor.facts.ReplicaState;
import org.mabsadvisor.facts.RecoveryPointSchedule;
import org.mabsadvisor.facts.Retention;

/** The dpm-* specs: protection groups, data sources, production servers and storage volumes of the DPM module. */
class DpmParsersTest {

    @Test
    void protectionGroupsTheirOnlineRetentionAndHowTheyMakeTheirFirstOnlineBackup() throws Exception {
        List<FactsDraft.Group> groups = Outputs.parse(Outputs.fixture("dpm-protection-groups", "dpm-protection-groups.json")).groups;
        assertEquals(new FactsDraft.Group("PG-FileServers", true, new Retention(30, 12, 12, 3), false, null), groups.get(0), "over the network");
        // A blank range and a monthly range counted in weeks are not understood: they stay unknown.
        assertEquals(new FactsDraft.Group("PG-SQL", true, new Retention(14, null, null, 1), true, null), groups.get(1), "offline seeding");
        assertEquals(new FactsDraft.Group("PG-Disk", false, null, null, null), groups.get(2), "no online backup: no method");
        assertNull(groups.get(0).diskSchedules(), "an older collector did not read the schedules: unknown, not none");
    }

    @Test
    void dataSourcesWithTheirKindInEnglishOrFrenchAndTheirReplicaState() throws Exception {
        List<FactsDraft.GroupedDataSource> sources = Outputs.parse(Outputs.fixture("dpm-datasources", "dpm-datasources.json")).dataSources;
        assertEquals(new FactsDraft.GroupedDataSource("PG-FileServers", new DataSource(null, "D:\\Shares", DataSourceType.VOLUME,
                "FS01.contoso.local", ReplicaState.CONSISTENT, 322122547200L, null, null, null, null)), sources.get(0),
                "an older collector did not count the recovery points: unknown");
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
    void diskRecoveryPointSchedulesOfEachGroupOnAnEnglishOrAFrenchServer() throws Exception {
        for (String file : List.of("dpm-protection-groups-schedules-en.json", "dpm-protection-groups-schedules-fr.json")) {
            List<FactsDraft.Group> groups = Outputs.parse(Outputs.fixture("dpm-protection-groups", file)).groups;
            List<String> everyDay = List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");
            assertEquals(List.of(new RecoveryPointSchedule(everyDay, List.of("08:00", "12:00", "18:00"))), groups.get(0).diskSchedules(), file);
            assertEquals(14.0, groups.get(0).diskSchedules().get(0).longestIntervalMinutes() / 60.0, file + ": 18:00 to 08:00");
            // One schedule, one day, one time: PowerShell writes single values, not lists.
            assertEquals(List.of(new RecoveryPointSchedule(List.of("saturday"), List.of("20:00"))), groups.get(1).diskSchedules(), file);
            assertEquals(7 * 24 * 60, groups.get(1).diskSchedules().get(0).longestIntervalMinutes(), file + ": once a week");
            assertEquals(List.of(), groups.get(2).diskSchedules(), file + ": no schedule, recovery points made by hand");
            assertEquals(List.of(), groups.get(3).diskSchedules(), file + ": nothing kept on disk, no disk schedule");
        }
    }

    @Test
    void aScheduleThatCannotBeReadLeavesTheGroupsSchedulesUnknown() throws Exception {
        String output = "{\"Name\": \"PG\", \"IsCloudLongTerm\": false, \"DiskSchedules\": {\"JobType\": \"ShadowCopy\", \"WeekDays\": \"Xy\", \"MinutesOfDay\": 60}}";
        assertNull(Outputs.parse(Outputs.text("dpm-protection-groups", output)).groups.get(0).diskSchedules(), "unknown day");
        output = "{\"Name\": \"PG\", \"IsCloudLongTerm\": false, \"DiskSchedules\": {\"JobType\": \"ShadowCopy\", \"WeekDays\": \"Mo\", \"MinutesOfDay\": 1440}}";
        assertNull(Outputs.parse(Outputs.text("dpm-protection-groups", output)).groups.get(0).diskSchedules(), "no such time of day");
    }

    @Test
    void onlyTheJobsThatMakeRecoveryPointsCountAndNoneOfThemKnownIsUnknown() throws Exception {
        String both = "{\"Name\": \"PG\", \"IsCloudLongTerm\": false, \"DiskSchedules\": ["
                + "{\"JobType\": \"Replication\", \"WeekDays\": [\"Mo\", \"Tu\"], \"MinutesOfDay\": 30},"
                + "{\"JobType\": \"FullReplicationForApplication\", \"WeekDays\": \"Su\", \"MinutesOfDay\": 1200}]}";
        assertEquals(List.of(new RecoveryPointSchedule(List.of("sunday"), List.of("20:00"))),
                Outputs.parse(Outputs.text("dpm-protection-groups", both)).groups.get(0).diskSchedules(), "the synchronization schedule makes no recovery point");
        String unknownOnly = "{\"Name\": \"PG\", \"IsCloudLongTerm\": false, \"DiskSchedules\": "
                + "{\"JobType\": \"RecoveryPointCreation\", \"WeekDays\": \"Su\", \"MinutesOfDay\": 1200}}";
        assertNull(Outputs.parse(Outputs.text("dpm-protection-groups", unknownOnly)).groups.get(0).diskSchedules(),
                "schedules of job types the parser does not know: the group's schedule is unknown, not none");
    }

    @Test
    void diskRecoveryPointsOfEachDataSourceOnAnEnglishOrAFrenchServer() throws Exception {
        for (String file : List.of("dpm-datasources-en.json", "dpm-datasources-fr.json")) {
            List<FactsDraft.GroupedDataSource> sources = Outputs.parse(Outputs.fixture("dpm-datasources", file)).dataSources;
            assertEquals(64, sources.get(0).source().diskRecoveryPoints(), file);
            assertEquals(OffsetDateTime.parse("2026-11-19T20:00:03Z"), sources.get(0).source().newestDiskRecoveryPoint(), file);
            assertEquals(0, sources.get(1).source().diskRecoveryPoints(), file + ": counted, none");
            assertNull(sources.get(1).source().newestDiskRecoveryPoint(), file);
            assertEquals(15, sources.get(2).source().diskRecoveryPoints(), file + ": numbers written as digits");
            assertEquals(OffsetDateTime.parse("2026-11-17T19:00:00Z"), sources.get(2).source().newestDiskRecoveryPoint(), file);
            assertEquals(DataSourceType.SQL, sources.get(2).source().type(), file);
        }
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("dpm-datasources",
                "{\"Name\": \"D:\\\\\", \"ProtectionGroupName\": \"PG\", \"DiskRecoveryPoints\": {\"NewestTicks\": 1}}")), "no count");
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
