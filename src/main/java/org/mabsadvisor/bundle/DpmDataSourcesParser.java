package org.mabsadvisor.bundle;

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
 * replica's state; a state this parser does not know leaves it unknown.
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
            DataSource source = new DataSource(null, name, type(item.text("ObjectType")), item.text("ProductionServerName"),
                    state(item.text("State")), VolumesParser.nonNegative(item, "ReplicaUsedSpace"), null, null);
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
