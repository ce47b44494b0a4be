package org.mabsadvisor.facts;

import java.util.List;

/**
 * The Microsoft Azure Recovery Services (MARS) agent installed on the MABS server, with what is known
 * of its scratch (cache) folder: the agent's prerequisites for it are a local fixed online volume,
 * no encryption, compression, sparse or reparse-point attribute, no deduplication, and its key file
 * OnlineBackup.KEK inside it.
 */
public record MarsAgent(
        String version,
        String installFolder,
        String scratchFolder,
        Boolean scratchFolderExists,
        Boolean kekPresent,
        ScratchLocation scratchLocation,
        Boolean scratchVolumeOnline,
        List<ScratchAttribute> scratchAttributes,
        Boolean scratchDeduplicated) {

    public MarsAgent {
        scratchAttributes = scratchAttributes == null ? null : List.copyOf(scratchAttributes);
    }

    /**
     * True only when it is known that the scratch folder is not on a local fixed volume that is
     * online: a share, removable media, another kind of drive, or an offline volume.
     */
    public boolean scratchOffLocalOnlineVolume() {
        return scratchLocation != null && scratchLocation != ScratchLocation.LOCAL_FIXED
                || Boolean.FALSE.equals(scratchVolumeOnline);
    }

    /** True only when the scratch folder is known to carry an attribute the agent does not support, or to sit on a deduplicated volume. */
    public boolean scratchHasUnsupportedAttribute() {
        return scratchAttributes != null && !scratchAttributes.isEmpty() || Boolean.TRUE.equals(scratchDeduplicated);
    }

    /** True only when the scratch folder exists and OnlineBackup.KEK was looked for in it and not found. */
    public boolean kekMissing() {
        return Boolean.FALSE.equals(kekPresent) && !Boolean.FALSE.equals(scratchFolderExists);
    }
}
