package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.WindowsBackupSchedule;

/**
 * windows-server-backup-schedule: the times of day of Windows Server Backup's scheduled backups
 * (Get-WBSchedule of Get-WBPolicy: Hour, Minute). Nothing printed means no schedule: the feature's
 * cmdlets are missing or it has no backup policy.
 */
final class WindowsBackupScheduleParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        if (output.text().isBlank()) {
            output.requireSuccess();
            draft.windowsServerBackup = new WindowsBackupSchedule(List.of());
            return;
        }
        List<String> times = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            Long hour = item.number("Hour");
            Long minute = item.number("Minute");
            if (hour == null || minute == null || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                throw item.at("Hour and Minute are not a time of day");
            }
            String time = String.format("%02d:%02d", hour, minute);
            if (!times.contains(time)) {
                times.add(time);
            }
        }
        draft.windowsServerBackup = new WindowsBackupSchedule(times);
    }
}
