package org.mabsadvisor.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.DataSourceType;
import org.mabsadvisor.facts.ReplicaState;
import org.mabsadvisor.facts.NormalizedText;

/**
 * dpm-datasources: Get-DPMDatasource of each protection group. ObjectType is the kind as the
 * console shows it, in the language of MABS (read in English and French); "System Protection"
 * covers both system state and bare-metal recovery, so its kind stays unknown. State is the
 * replica's state; a state this parser does not know leaves it unknown. DiskRecoveryPoints measures
 * the data source's recovery points on disk (Get-DPMRecoveryPoint, DataLocation Disk): their Count
 * and the newest one's RepresentedPointInTime in .NET ticks (UTC), numbers that no culture formats;
 * without it (an older collector) both stay unknown.
 */
final class DpmDataSourcesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.GroupedDataSource> sources = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            String group = item.text("ProtectionGroupName");
            if (name == null || group == null) {
                throw item.at("Name or ProtectionGroupName is missing");
            }
            Integer points = null;
            OffsetDateTime newest = null;
            if (item.get("DiskRecoveryPoints") != null) {
                if (!item.get("DiskRecoveryPoints").isObject()) {
                    throw item.at("DiskRecoveryPoints is not an object");
                }
                PowerShellJson.Item measure = new PowerShellJson.Item((ObjectNode) item.get("DiskRecoveryPoints"), item.line());
                Long count = measure.number("Count");
                if (count == null || count < 0 || count > 1_000_000) {
                    throw item.at("DiskRecoveryPoints has no count, or not one of recovery points");
                }
                Long ticks = measure.number("NewestTicks");
                points = count.intValue();
                newest = count == 0 || ticks == null ? null : OnlineRecoveryPointsParser.fromTicks(ticks);
            }
            DataSource source = new DataSource(null, name, type(item.text("ObjectType")), item.text("ProductionServerName"),
                    state(item.text("State")), VolumesParser.nonNegative(item, "ReplicaUsedSpace"), null, null, points, newest);
            sources.add(new FactsDraft.GroupedDataSource(group, source));
        }
        draft.dataSources = sources;
    }

    static DataSourceType type(String objectType) {
        if (objectType == null) {
            return null;
        }
        if (NormalizedText.mentions(objectType, "System Protection", "Protection du systeme")) {
            return null;
        }
        if (NormalizedText.mentions(objectType, "VMware")) {
            return DataSourceType.VMWARE;
        }
        if (NormalizedText.mentions(objectType, "Hyper-V")) {
            return DataSourceType.HYPER_V;
        }
        if (NormalizedText.mentions(objectType, "SQL")) {
            return DataSourceType.SQL;
        }
        if (NormalizedText.mentions(objectType, "Exchange")) {
            return DataSourceType.EXCHANGE;
        }
        if (NormalizedText.mentions(objectType, "SharePoint")) {
            return DataSourceType.SHAREPOINT;
        }
        if (NormalizedText.mentions(objectType, "Bare Metal Recovery", "Reconstruction complete")) {
            return DataSourceType.BARE_METAL_RECOVERY;
        }
        if (NormalizedText.mentions(objectType, "System State", "Etat du systeme")) {
            return DataSourceType.SYSTEM_STATE;
        }
        if (NormalizedText.mentions(objectType, "Share", "Partage")) {
            return DataSourceType.FILE_SHARE;
        }
        if (NormalizedText.mentions(objectType, "Volume")) {
            return DataSourceType.VOLUME;
        }
        if (NormalizedText.mentions(objectType, "Client")) {
            return DataSourceType.CLIENT;
        }
        return DataSourceType.OTHER;
    }

    static ReplicaState state(String state) {
        if (state == null) {
            return null;
        }
        return switch (state.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "valid", "consistent" -> ReplicaState.CONSISTENT;
            // DPM's "Invalid" is a replica that no longer matches its source: DPM itself answers it
            // with a consistency check. It is the article's "replica is inconsistent", not CBP-01's
            // invalid disk-backup replica, which DPM reports as an error of the online job.
            case "inconsistent", "invalid" -> ReplicaState.INCONSISTENT;
            case "missing", "replicamissing" -> ReplicaState.MISSING;
            case "creationpending", "replicacreationpending", "initialreplicapending" -> ReplicaState.CREATION_PENDING;
            default -> null;
        };
    }
}
