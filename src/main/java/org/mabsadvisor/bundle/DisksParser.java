package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.MountedVirtualDisk;

/**
 * disks: Get-Disk. A disk whose BusType is "File Backed Virtual" (15 in MSFT_Disk) is an attached
 * VHD or VHDX file, and its Location is the path of that file.
 */
final class DisksParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<MountedVirtualDisk> mounted = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String bus = item.text("BusType");
            if (bus != null && (bus.equalsIgnoreCase("File Backed Virtual") || bus.equals("15"))) {
                String location = item.text("Location");
                if (location == null) {
                    throw item.at("a file-backed virtual disk has no Location");
                }
                mounted.add(new MountedVirtualDisk(null, location));
            }
        }
        draft.mountedVirtualDisks = mounted;
    }
}
