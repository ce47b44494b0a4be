package org.mabsadvisor.facts;

/**
 * A live schedule of MABS (a row of tbl_SCH_ScheduleDefinition not deleted) and the SQL Server Agent
 * job named after it: {@code enabled} is null when the instance has no such job.
 */
public record SqlAgentJob(String name, Boolean enabled) {

    /** True only when the job exists and is disabled, so that its schedule never runs. */
    public boolean isDisabled() {
        return Boolean.FALSE.equals(enabled);
    }
}
