package org.mabsadvisor.facts;

/**
 * Hotfixes of MABS that no build number identifies, so the collector cannot tell them from the
 * version: given by hand when known (the section absent means unknown).
 */
public record MabsHotfixes(Boolean v3Ur2Hotfix) {
}
