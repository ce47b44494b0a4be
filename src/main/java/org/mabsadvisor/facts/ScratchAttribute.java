package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A file attribute of the scratch folder, or of a file directly in it, that the MARS agent does not support. */
public enum ScratchAttribute {
    @JsonProperty("encrypted") ENCRYPTED,
    @JsonProperty("compressed") COMPRESSED,
    @JsonProperty("sparseFile") SPARSE_FILE,
    @JsonProperty("reparsePoint") REPARSE_POINT
}
