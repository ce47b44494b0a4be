package org.mabsadvisor.facts;

/** A disk of the MABS storage pool, or offered to it. */
public record PoolDisk(Integer number, String name, Long sizeBytes, Long unallocatedBytes, Integer partitionCount, Boolean inPool) {

    /** True only when the partition count is known and not zero. */
    public boolean hasPartitions() {
        return partitionCount != null && partitionCount > 0;
    }
}
