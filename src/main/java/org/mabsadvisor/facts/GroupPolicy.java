package org.mabsadvisor.facts;

/** A group policy object applied to the computer. */
public record GroupPolicy(String name, String guid, String scope) {
}
