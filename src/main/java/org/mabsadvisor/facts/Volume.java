package org.mabsadvisor.facts;

import java.util.List;

/** A volume of the MABS server or of a protected server, with its free space. */
public record Volume(
        String host,
        String mount,
        String label,
        List<VolumeRole> roles,
        String fileSystem,
        Long sizeBytes,
        Long freeBytes) {

    public Volume {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean hasRole(VolumeRole role) {
        return roles.contains(role);
    }

    /** Free space in percent of the size, or -1 when either figure is unknown. */
    public double freePercent() {
        if (sizeBytes == null || freeBytes == null || sizeBytes <= 0) {
            return -1;
        }
        return 100.0 * freeBytes / sizeBytes;
    }

    /** True only when free space is known and strictly below {@code percent}. */
    public boolean freeBelowPercent(double percent) {
        double free = freePercent();
        return free >= 0 && free < percent;
    }

    /** The drive letter with its colon ("F:"), or the mount as given when it has none. */
    public String driveLetter() {
        if (mount != null && mount.length() >= 2 && mount.charAt(1) == ':') {
            return mount.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
        }
        return mount;
    }

    Volume onHost(String defaultHost) {
        return host != null ? this : new Volume(defaultHost, mount, label, roles, fileSystem, sizeBytes, freeBytes);
    }
}
