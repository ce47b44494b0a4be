package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * volumes, ps-volumes: Win32_Volume of the local disks, with Name (the drive letter or mount
 * folder, with its final backslash), Label, FileSystem, Capacity and FreeSpace in bytes. Volumes
 * without a drive letter or folder (\\?\Volume{...}\) are left out: nothing names them.
 */
final class VolumesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.LocalVolume> volumes = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String mount = item.text("Name");
            if (mount == null) {
                throw item.at("Name is missing");
            }
            if (mount.startsWith("\\\\?\\")) {
                continue;
            }
            volumes.add(new FactsDraft.LocalVolume(mount, item.text("Label"), item.text("FileSystem"),
                    nonNegative(item, "Capacity"), nonNegative(item, "FreeSpace")));
        }
        if (output.server() == null) {
            draft.volumes = volumes;
        } else {
            draft.remote(output.server()).volumes = volumes;
        }
    }

    static Long nonNegative(PowerShellJson.Item item, String field) throws UnusableOutputException {
        Long n = item.number(field);
        if (n != null && n < 0) {
            throw item.at(field + " is negative: " + n);
        }
        return n;
    }
}
