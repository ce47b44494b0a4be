package org.mabsadvisor.rules;

/**
 * Free space in percent of a size, for rules on any fact that gives both figures (a volume, the
 * storage pool, a pool disk): an unknown or zero size gives -1, which is never "below" anything,
 * so that nothing fires on what was not collected.
 *
 * <pre>{@code PoolDisk( inPool == true, FreeSpace.isBelow(unallocatedBytes, sizeBytes, 10) )}</pre>
 */
public final class FreeSpace {
    private FreeSpace() {
    }

    /** {@code free} in percent of {@code size}; -1 when either is unknown or the size is not positive. */
    public static double percent(Long free, Long size) {
        if (free == null || size == null || size <= 0) {
            return -1;
        }
        return 100.0 * free / size;
    }

    /** True only when both figures are known and {@code free} is strictly less than {@code percent} % of {@code size}. */
    public static boolean isBelow(Long free, Long size, double percent) {
        double p = percent(free, size);
        return p >= 0 && p < percent;
    }
}
