package org.mabsadvisor.facts;

/**
 * The Azure subscription of the vault, as read on the Azure side (the portal, or Get-AzSubscription
 * on an administrator's workstation): the MABS server has no documented way to read it.
 */
public record AzureSubscription(SubscriptionState state) {

    /** True when the subscription no longer lets backups run: expired or deprovisioned. */
    public boolean stopsBackups() {
        return state == SubscriptionState.EXPIRED || state == SubscriptionState.DEPROVISIONED;
    }
}
