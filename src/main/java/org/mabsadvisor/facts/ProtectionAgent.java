package org.mabsadvisor.facts;

/** The DPM protection agent on a protected server. */
public record ProtectionAgent(Boolean installed, String version, String attachedTo) {
}
