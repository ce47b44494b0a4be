package org.mabsadvisor.facts;

import java.util.List;
import java.util.Locale;

/**
 * A scheduled task of the MARS agent's own backup policy, under Task Scheduler's
 * {@code \Microsoft\OnlineBackup\}: a MABS server's agent normally has none, since MABS starts its
 * online jobs through SQL Server Agent. Each field is null when it was not read.
 *
 * @param state             the task's state as Task Scheduler names it (Ready, Running, Disabled...)
 * @param triggerEnabled    false when the task has no trigger or a trigger is disabled
 * @param runAs             the account the task runs as, as Windows names it, in its language
 * @param runAsSystemOrAdministrator whether that account is SYSTEM or a member of the local Administrators group
 * @param multipleInstances the rule for an instance already running: IgnoreNew ("Do not start a new instance"), Parallel, Queue, StopExisting
 * @param startTimes        the times of day (HH:mm) its triggers start at
 */
public record MarsAgentTask(
        String name,
        String state,
        Boolean triggerEnabled,
        String runAs,
        Boolean runAsSystemOrAdministrator,
        String multipleInstances,
        List<String> startTimes) {

    /** The rule the MARS agent article asks for: "Do not start a new instance". */
    public static final String IGNORE_NEW = "IgnoreNew";

    public MarsAgentTask {
        startTimes = startTimes == null ? null : List.copyOf(startTimes);
    }

    /** True only when the task is known not to start on its schedule: a trigger disabled, or the whole task disabled. */
    public boolean neverStartsOnSchedule() {
        return Boolean.FALSE.equals(triggerEnabled) || state != null && state.equalsIgnoreCase("Disabled");
    }

    /** True only when the account it runs as is known to be neither SYSTEM nor a local administrator. */
    public boolean runsAsUnfitAccount() {
        return Boolean.FALSE.equals(runAsSystemOrAdministrator);
    }

    /** True only when the rule for an instance already running is known and is not "Do not start a new instance". */
    public boolean startsAnotherInstance() {
        return multipleInstances != null && !multipleInstances.strip().toLowerCase(Locale.ROOT).equals("ignorenew");
    }
}
