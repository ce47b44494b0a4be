package org.mabsadvisor.facts;

import java.util.List;

/**
 * The schedule of Windows Server Backup on the MABS server: the times of day (HH:mm) of its
 * scheduled backups, empty when it has none (the feature is not installed or has no policy).
 */
public record WindowsBackupSchedule(List<String> times) {

    public WindowsBackupSchedule {
        times = times == null ? null : List.copyOf(times);
    }
}
