package org.mabsadvisor.facts;

/** The MABS (DPM) server the facts were collected on. */
public record MabsServer(
        String name,
        String domain,
        String workgroup,
        String version,
        Integer updateRollup,
        String installFolder) {

    /** The default DPM install folder of MABS, as the article gives it. */
    public static final String DEFAULT_INSTALL_FOLDER = "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM";
}
