package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.SqlAgentJob;

/**
 * sql-agent-jobs: one row per live schedule of the MABS database, with whether SQL Server Agent has
 * the job named after it (JobFound) and whether that job is enabled (JobEnabled). The query writes
 * both as 0 or 1 rather than leaving NULL for a missing job, so that no DBNull has to go through
 * ConvertTo-Json; JobEnabled means nothing without a job, hence {@code enabled} null. No row at
 * all (an empty output) is a server without live schedules: an empty list, not an unknown one.
 * SQL Server answers in English whatever the language of Windows.
 */
final class SqlAgentJobsParser implements OutputParser {
    private static final Pattern GUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<SqlAgentJob> jobs = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String schedule = item.text("ScheduleId");
            if (schedule == null || !GUID.matcher(schedule).matches()) {
                throw item.at("ScheduleId is not a schedule's GUID: " + item.get("ScheduleId"));
            }
            boolean found = flag(item, "JobFound");
            boolean enabled = flag(item, "JobEnabled");
            jobs.add(new SqlAgentJob(schedule.toLowerCase(Locale.ROOT), found ? enabled : null));
        }
        draft.sqlAgentJobs = List.copyOf(jobs);
    }

    /** A column the query writes as 0 or 1; anything else means the output is not the query's. */
    private static boolean flag(PowerShellJson.Item item, String field) throws UnusableOutputException {
        Long value = item.number(field);
        if (value == null || value < 0 || value > 1) {
            throw item.at(field + " is not 0 or 1: " + item.get(field));
        }
        return value == 1;
    }
}
