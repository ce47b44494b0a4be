package org.mabsadvisor.facts;

import java.util.List;

/**
 * A protection group and its settings; its data sources are facts of their own. {@code diskSchedules}
 * are its short-term recovery point schedules (an empty list: the group has none, its disk recovery
 * points are made by hand; absent: not collected).
 */
public record ProtectionGroup(
        String name,
        Boolean autoConsistencyCheck,
        Boolean onlineProtection,
        Retention onlineRetention,
        List<DataSource> dataSources,
        Boolean offlineSeeding,
        List<RecoveryPointSchedule> diskSchedules) {

    public ProtectionGroup {
        dataSources = dataSources == null ? null : List.copyOf(dataSources);
        diskSchedules = diskSchedules == null ? null : List.copyOf(diskSchedules);
    }

    /**
     * The longest time, in hours, that the group's disk schedules leave between two recovery points
     * of a data source; with several schedules (shadow copies of files, express full backups of
     * applications), the longest of them, so that no data source is held to a schedule tighter than
     * its own. Null when the group has no schedule that makes recovery points, or it is not known.
     */
    public Double longestDiskIntervalHours() {
        if (diskSchedules == null) {
            return null;
        }
        Integer longest = null;
        for (RecoveryPointSchedule schedule : diskSchedules) {
            Integer minutes = schedule == null ? null : schedule.longestIntervalMinutes();
            if (minutes != null && (longest == null || minutes > longest)) {
                longest = minutes;
            }
        }
        return longest == null ? null : longest / 60.0;
    }
}
