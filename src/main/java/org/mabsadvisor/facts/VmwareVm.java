package org.mabsadvisor.facts;

import java.util.List;

/** VMware attributes of a protected VM. */
public record VmwareVm(String vCenter, String dpmServerAttribute, List<VmwareDisk> disks) {

    public VmwareVm {
        disks = disks == null ? null : List.copyOf(disks);
    }

    /** True only when the disks are known and one is in an independent mode. */
    public boolean hasIndependentDisk() {
        return disks != null && disks.stream().anyMatch(d -> d.mode() != null && d.mode().isIndependent());
    }
}
