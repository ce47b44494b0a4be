package org.mabsadvisor.facts;

/** A protected data source, member of a protection group. */
public record DataSource(
        String protectionGroup,
        String name,
        DataSourceType type,
        String protectedServer,
        ReplicaState replicaState,
        Long sizeBytes,
        Boolean shadowCopyStorageUnlimited,
        VmwareVm vmware) {

    DataSource inGroup(String group) {
        return new DataSource(group, name, type, protectedServer, replicaState, sizeBytes, shadowCopyStorageUnlimited, vmware);
    }
}
