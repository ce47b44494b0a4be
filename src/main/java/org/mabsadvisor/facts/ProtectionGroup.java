package org.mabsadvisor.facts;

import java.util.List;

/** A protection group and its settings; its data sources are facts of their own. */
public record ProtectionGroup(
        String name,
        Boolean autoConsistencyCheck,
        Boolean onlineProtection,
        Retention onlineRetention,
        List<DataSource> dataSources,
        Boolean offlineSeeding) {

    public ProtectionGroup {
        dataSources = dataSources == null ? null : List.copyOf(dataSources);
    }
}
