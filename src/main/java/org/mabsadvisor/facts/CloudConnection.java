package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/**
 * The MABS server's connection to Azure: whether it holds now ({@code Get-DPMCloudConnection}), and
 * the last time it was known to work, with how many days that was before the collection.
 */
public record CloudConnection(Boolean connected, OffsetDateTime lastConfirmedAt, Double daysSinceConfirmed) {

    /** True when the connection is known to be down and was last confirmed more than {@code days} ago. */
    public boolean lostForMoreThan(long days) {
        return Boolean.FALSE.equals(connected) && daysSinceConfirmed != null && daysSinceConfirmed > days;
    }
}
