package org.mabsadvisor.rules;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.mabsadvisor.facts.DataSource;

/**
 * The age of a data source's newest disk recovery point against what its group's schedule allows.
 * A scheduled job that SQL Server Agent never starts leaves the replica OK and raises no alert in
 * MABS: a recovery point older than the schedule's longest interval (plus a slack) is what shows it.
 */
public final class RecoveryPoints {

    private RecoveryPoints() {
    }

    /** Hours from a recovery point to the collection, to a tenth; null when either is unknown. */
    public static Double ageHours(OffsetDateTime newest, OffsetDateTime collectedAt) {
        if (newest == null || collectedAt == null) {
            return null;
        }
        return Math.round(Duration.between(newest, collectedAt).toMinutes() / 6.0) / 10.0;
    }

    /**
     * True when the data source has recovery points on disk and the newest is older, at the
     * collection, than the schedule's longest interval plus the slack (hours). False whenever
     * something is not known: the schedule, the collection time, the points.
     */
    public static boolean isLate(DataSource source, Double intervalHours, OffsetDateTime collectedAt, int slackHours) {
        if (source == null || intervalHours == null || collectedAt == null || source.diskRecoveryPoints() == null
                || source.diskRecoveryPoints() <= 0 || source.newestDiskRecoveryPoint() == null) {
            return false;
        }
        long allowedMinutes = Math.round((intervalHours + slackHours) * 60);
        return source.newestDiskRecoveryPoint().isBefore(collectedAt.minusMinutes(allowedMinutes));
    }

    /** True when the data source's recovery points on disk were counted and there is none. */
    public static boolean hasNone(DataSource source) {
        return source != null && source.diskRecoveryPoints() != null && source.diskRecoveryPoints() == 0;
    }
}
