package org.mabsadvisor.facts;

/**
 * One shadow copy storage association of the MABS server, as {@code vssadmin list shadowstorage}
 * gives it: the shadow copies of {@code volume} are kept on {@code storageVolume}, which may use up
 * to {@code maximumBytes} for them (null with {@code unbounded} true when there is no limit).
 */
public record ShadowStorage(
        String host,
        String volume,
        String storageVolume,
        Long usedBytes,
        Long allocatedBytes,
        Long maximumBytes,
        Boolean unbounded) {

    /** Used space in percent of the maximum, or -1 when either is unknown or there is no maximum. */
    public double usedPercent() {
        if (usedBytes == null || maximumBytes == null || maximumBytes <= 0 || Boolean.TRUE.equals(unbounded)) {
            return -1;
        }
        return 100.0 * usedBytes / maximumBytes;
    }

    /** True only when both sizes are known and the used space is at or above {@code percent} of the maximum. */
    public boolean usedAtLeastPercent(double percent) {
        double used = usedPercent();
        return used >= 0 && used >= percent;
    }

    ShadowStorage onHost(String defaultHost) {
        return host != null ? this : new ShadowStorage(defaultHost, volume, storageVolume, usedBytes, allocatedBytes, maximumBytes, unbounded);
    }
}
