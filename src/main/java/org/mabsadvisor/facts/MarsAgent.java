package org.mabsadvisor.facts;

/** The Microsoft Azure Recovery Services (MARS) agent installed on the MABS server. */
public record MarsAgent(String version, String installFolder, String scratchFolder, Boolean scratchFolderExists) {
}
