package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/**
 * A protected data source, member of a protection group. {@code diskRecoveryPoints} counts its
 * recovery points on disk (0: none; absent: not collected), {@code newestDiskRecoveryPoint} is the
 * time the newest of them stands for.
 */
public record DataSource(
        String protectionGroup,
        String name,
        DataSourceType type,
        String protectedServer,
        ReplicaState replicaState,
        Long sizeBytes,
        Boolean shadowCopyStorageUnlimited,
        VmwareVm vmware,
        Integer diskRecoveryPoints,
        OffsetDateTime newestDiskRecoveryPoint) {

    DataSource inGroup(String group) {
        return new DataSource(group, name, type, protectedServer, replicaState, sizeBytes, shadowCopyStorageUnlimited, vmware,
                diskRecoveryPoints, newestDiskRecoveryPoint);
    }
}
