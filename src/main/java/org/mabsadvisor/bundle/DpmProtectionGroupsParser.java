package org.mabsadvisor.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.RecoveryPointSchedule;
import org.mabsadvisor.facts.Retention;

/**
 * dpm-protection-groups: Get-DPMProtectionGroup (Name, IsCloudLongTerm: the group also backs up
 * online) and, for online groups, the ranges of Get-DPMPolicyObjective -LongTerm Online written
 * "Range Unit", such as "30 Days", and how the first online backup of an online group is made
 * (InitialOnlineBackup, the IBMethod of Get-DPMInitialOnlineBackupCreationMethod: Network or
 * OfflineBackup, enum names that Windows does not translate). DiskSchedules are the group's
 * short-term recovery point schedules (Get-DPMPolicySchedule -ShortTerm, of which the ShadowCopy and
 * FullReplicationForApplication jobs make recovery points; a group whose schedules are all of other
 * types has its schedule unknown): WeekDays as the enum writes them (Mo to Su, not translated)
 * and MinutesOfDay, the times of day counted in minutes so that no culture formats them. A group
 * that keeps nothing on disk has null; without the property (an older collector) they stay unknown,
 * and so do they when a day or a time cannot be read.
 */
final class DpmProtectionGroupsParser implements OutputParser {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})\\s+(\\w+)");
    /** More schedules or times of day than the facts format holds (DPM offers a handful): not a schedule this parser reads. */
    private static final int MAX_SCHEDULES = 16;
    private static final int MAX_TIMES = 96;

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.Group> groups = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            Boolean online = item.bool("IsCloudLongTerm");
            Retention retention = null;
            if (item.get("OnlineRetention") != null) {
                if (!item.get("OnlineRetention").isObject()) {
                    throw item.at("OnlineRetention is not an object");
                }
                PowerShellJson.Item r = new PowerShellJson.Item((ObjectNode) item.get("OnlineRetention"), item.line());
                retention = new Retention(range(r, "Daily", "Days"), range(r, "Weekly", "Weeks"), range(r, "Monthly", "Months"),
                        range(r, "Yearly", "Years"));
            }
            String method = item.text("InitialOnlineBackup");
            Boolean offlineSeeding = method == null ? null
                    : method.equalsIgnoreCase("OfflineBackup") ? Boolean.TRUE
                    : method.equalsIgnoreCase("Network") ? Boolean.FALSE
                    : null;
            groups.add(new FactsDraft.Group(name, online, retention, offlineSeeding, diskSchedules(item)));
        }
        draft.groups = groups;
    }

    private static List<RecoveryPointSchedule> diskSchedules(PowerShellJson.Item item) throws UnusableOutputException {
        if (!item.node().has("DiskSchedules")) {
            return null;
        }
        JsonNode raw = item.get("DiskSchedules");
        List<RecoveryPointSchedule> schedules = new ArrayList<>();
        if (raw == null) {
            return schedules;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (raw.isArray()) {
            raw.forEach(entries::add);
        } else {
            entries.add(raw);
        }
        if (entries.size() > MAX_SCHEDULES) {
            return null;
        }
        boolean recoveryPointJobs = false;
        for (JsonNode entry : entries) {
            if (!entry.isObject()) {
                throw item.at("DiskSchedules holds something other than a schedule: " + entry);
            }
            PowerShellJson.Item schedule = new PowerShellJson.Item((ObjectNode) entry, item.line());
            if (!RECOVERY_POINT_JOBS.contains(schedule.text("JobType"))) {
                // Synchronization and consistency check schedules make no recovery point.
                continue;
            }
            recoveryPointJobs = true;
            Set<String> days = new LinkedHashSet<>();
            for (String day : values(schedule, "WeekDays")) {
                String name = day(day);
                if (name == null) {
                    return null;
                }
                days.add(name);
            }
            Set<String> times = new LinkedHashSet<>();
            for (String minutes : values(schedule, "MinutesOfDay")) {
                if (!minutes.strip().matches("\\d{1,4}") || Integer.parseInt(minutes.strip()) >= 24 * 60) {
                    return null;
                }
                int m = Integer.parseInt(minutes.strip());
                times.add(String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60));
            }
            if (times.size() > MAX_TIMES) {
                return null;
            }
            schedules.add(new RecoveryPointSchedule(List.copyOf(days), List.copyOf(times)));
        }
        // Schedules whose job types are none of those known to make recovery points: what the module
        // calls them is not what this parser expects, so the group's schedule is unknown rather than none.
        return entries.isEmpty() || recoveryPointJobs ? schedules : null;
    }

    /** The job types of the short-term schedules that make disk recovery points (files, and applications' express full backups). */
    private static final Set<String> RECOVERY_POINT_JOBS = Set.of("ShadowCopy", "FullReplicationForApplication");

    /** The values of a field that PowerShell writes as a list, or as a single text or number when there is one. */
    private static List<String> values(PowerShellJson.Item item, String field) throws UnusableOutputException {
        JsonNode v = item.get(field);
        return v != null && v.isValueNode() && !v.isTextual() ? List.of(v.asText()) : item.texts(field);
    }

    /** A day of the week as the schedule's enum writes it (Mo, or Monday) in the facts' words (monday), or null. */
    private static String day(String raw) {
        String d = raw.strip().toLowerCase(Locale.ROOT);
        for (String name : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            if (d.length() >= 2 && name.startsWith(d)) {
                return name;
            }
        }
        return null;
    }

    /** The number of a range such as "30 Days", when its unit is the expected one; otherwise unknown. */
    private static Integer range(PowerShellJson.Item item, String field, String unit) {
        String raw = item.text(field);
        if (raw == null) {
            return null;
        }
        Matcher m = RANGE.matcher(raw);
        return m.matches() && m.group(2).equalsIgnoreCase(unit) ? Integer.valueOf(m.group(1)) : null;
    }
}
