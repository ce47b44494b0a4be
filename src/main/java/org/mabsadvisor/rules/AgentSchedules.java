package org.mabsadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.facts.MarsAgentTask;
import org.mabsadvisor.facts.WindowsBackupSchedule;

/**
 * The MARS agent's own schedule, as the MARS agent article checks it: the PowerShell step its task
 * runs (the machine PSModulePath, the PowerShell version) and a Windows Server Backup schedule that
 * conflicts with it. Each test is false when a value was not collected.
 */
public final class AgentSchedules {
    private static final int MINUTES_PER_DAY = 24 * 60;

    private AgentSchedules() {
    }

    /**
     * True when the machine PSModulePath is known and none of its entries is the agent's module
     * folder ({@code <install>\bin\Modules\MSOnlineBackup}, as the article writes it) or the folder
     * that holds it ({@code <install>\bin\Modules}, as the agent's setup writes it). An entry that
     * starts with an environment variable (%ProgramFiles%) matches on what follows the variable.
     */
    public static boolean lacksModuleFolder(String psModulePath, String installFolder) {
        if (psModulePath == null || installFolder == null || installFolder.isBlank()) {
            return false;
        }
        String modules = folder(installFolder) + "\\bin\\modules";
        List<String> wanted = List.of(modules, modules + "\\msonlinebackup");
        for (String raw : psModulePath.split(";")) {
            String entry = folder(raw);
            if (entry.isEmpty()) {
                continue;
            }
            if (wanted.contains(entry)) {
                return false;
            }
            int end = entry.startsWith("%") ? entry.indexOf('%', 1) : -1;
            if (end > 0 && end + 1 < entry.length()) {
                String rest = entry.substring(end + 1);
                if (wanted.stream().anyMatch(w -> w.endsWith(rest))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the PowerShellVersion value is known and its major number is below {@code minimumMajor}. */
    public static boolean powerShellBelow(String version, int minimumMajor) {
        return Versions.isOlder(version, String.valueOf(minimumMajor));
    }

    /**
     * The times of Windows Server Backup's schedule that fall within {@code minutes} of a start
     * time of the task, at any hour of the day (23:50 is 20 minutes from 00:10); empty when either
     * schedule is unknown.
     */
    public static List<String> overlappingTimes(WindowsBackupSchedule backup, MarsAgentTask task, int minutes) {
        List<String> out = new ArrayList<>();
        if (backup == null || backup.times() == null || task == null || task.startTimes() == null) {
            return out;
        }
        for (String time : backup.times()) {
            Integer b = minuteOfDay(time);
            for (String start : task.startTimes()) {
                Integer t = minuteOfDay(start);
                if (b != null && t != null && !out.contains(time)) {
                    int gap = Math.abs(b - t);
                    if (Math.min(gap, MINUTES_PER_DAY - gap) <= minutes) {
                        out.add(time);
                    }
                }
            }
        }
        return out;
    }

    private static Integer minuteOfDay(String time) {
        if (time == null || !time.strip().matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        String[] parts = time.strip().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private static String folder(String path) {
        String p = path.strip().toLowerCase(Locale.ROOT);
        while (p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
