package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;

/** dpm-storage-volumes: Get-DPMDiskStorage -Volumes, the volumes of the modern backup storage (AccessPath, TotalSpace in bytes). */
final class DpmStorageVolumesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.StorageVolume> volumes = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            volumes.add(new FactsDraft.StorageVolume(item.text("AccessPath"), VolumesParser.nonNegative(item, "TotalSpace")));
        }
        draft.storageVolumes = volumes;
    }
}
