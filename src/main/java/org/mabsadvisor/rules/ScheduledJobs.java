package org.mabsadvisor.rules;

import java.util.regex.Pattern;
import org.mabsadvisor.facts.Event;

/**
 * The SQL Server Agent jobs MABS creates for its schedules: each is named after the schedule's
 * GUID. Every SQL Server instance also has jobs of its own (syspolicy_purge_history, maintenance
 * plans), whose failures say nothing about MABS backups.
 */
public final class ScheduledJobs {
    /**
     * A job name that is a GUID, quoted as SQL Server Agent and SSMS quote job names ('1bd305ae-...'),
     * whatever the language of the words around it.
     */
    private static final Pattern GUID_JOB = Pattern.compile(
            "(?i)['\u2018\u2019\"]\\s*\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?\\s*['\u2018\u2019\"]");

    private ScheduledJobs() {
    }

    /** True when the event's message quotes a job name that is a GUID, as the jobs of MABS schedules are named. */
    public static boolean namesScheduleJob(Event event) {
        return event != null && event.message() != null && GUID_JOB.matcher(event.message()).find();
    }
}
