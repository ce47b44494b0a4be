package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/**
 * A MARS agent backup or restore job of this server as the vault's Backup Jobs list shows it in Azure,
 * with the state the same job has in the agent's local console, both read by an administrator: the
 * collector sees neither the Azure side nor a job the console no longer runs.
 */
public record AzureJob(String operation, OffsetDateTime startTime, String portalStatus, String consoleStatus) {

    /** The portal's status of a job that has not ended. */
    public static final String IN_PROGRESS = "InProgress";

    /**
     * True only when both sides are known and disagree: Azure still shows the job in progress while
     * the console shows it failed or not running (its end never reached Azure).
     */
    public boolean staleInAzure() {
        return IN_PROGRESS.equals(portalStatus) && ("Failed".equals(consoleStatus) || "NotRunning".equals(consoleStatus));
    }
}
