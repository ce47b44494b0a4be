package org.mabsadvisor.facts;

/** A virtual disk of a VMware VM. */
public record VmwareDisk(String name, DiskMode mode) {
}
