package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of protected data source. */
public enum DataSourceType {
    @JsonProperty("volume") VOLUME,
    @JsonProperty("fileShare") FILE_SHARE,
    @JsonProperty("sql") SQL,
    @JsonProperty("exchange") EXCHANGE,
    @JsonProperty("sharePoint") SHAREPOINT,
    @JsonProperty("hyperV") HYPER_V,
    @JsonProperty("vmware") VMWARE,
    @JsonProperty("systemState") SYSTEM_STATE,
    @JsonProperty("bareMetalRecovery") BARE_METAL_RECOVERY,
    @JsonProperty("client") CLIENT,
    @JsonProperty("other") OTHER
}
