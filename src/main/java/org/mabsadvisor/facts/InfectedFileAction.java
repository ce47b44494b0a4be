package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an antivirus does with an infected file ("delete" is Defender's "Remove"). */
public enum InfectedFileAction {
    @JsonProperty("delete") DELETE,
    @JsonProperty("clean") CLEAN,
    @JsonProperty("quarantine") QUARANTINE,
    @JsonProperty("block") BLOCK,
    @JsonProperty("allow") ALLOW,
    @JsonProperty("userDefined") USER_DEFINED,
    @JsonProperty("noAction") NO_ACTION
}
