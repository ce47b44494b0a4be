package org.mabsadvisor.facts;

import java.util.List;

/** The MABS storage pool (modern backup storage or legacy disks); its disks are facts of their own. */
public record StoragePool(Long totalBytes, Long freeBytes, List<PoolDisk> disks) {

    public StoragePool {
        disks = disks == null ? null : List.copyOf(disks);
    }

    /** Free space in percent of the total, or -1 when unknown. */
    public double freePercent() {
        if (totalBytes == null || freeBytes == null || totalBytes <= 0) {
            return -1;
        }
        return 100.0 * freeBytes / totalBytes;
    }

    /** True only when free space is known and strictly below {@code percent}. */
    public boolean freeBelowPercent(double percent) {
        double free = freePercent();
        return free >= 0 && free < percent;
    }
}
