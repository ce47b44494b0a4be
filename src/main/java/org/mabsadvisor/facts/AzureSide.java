package org.mabsadvisor.facts;

import java.util.List;

/**
 * Facts that only the Azure side knows, given by an administrator (each part becomes a fact of its
 * own, and each is collected, or not, on its own).
 */
public record AzureSide(AzureSubscription subscription, RegisteredServer registeredServer, List<AzureJob> jobs) {

    public AzureSide {
        jobs = jobs == null ? null : List.copyOf(jobs);
    }
}
