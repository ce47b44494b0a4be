package org.mabsadvisor.facts;

/** A virtual disk file (VHD or VHDX) attached on a host when the facts were collected. */
public record MountedVirtualDisk(String host, String path) {

    MountedVirtualDisk onHost(String defaultHost) {
        return host != null ? this : new MountedVirtualDisk(defaultHost, path);
    }
}
