package org.mabsadvisor.facts;

import java.util.List;

/**
 * A server protected by MABS. Its services, volumes and antivirus products become facts of their
 * own with {@code host} set to this server's name.
 */
public record ProtectedServer(
        String name,
        Trust trust,
        ProtectionAgent agent,
        String architecture,
        Boolean windowsServerBackupInstalled,
        Boolean sqlSystemIsSysadmin,
        Long systemStateSizeBytes,
        List<Service> services,
        List<Volume> volumes,
        List<AntivirusProduct> antivirus) {

    /** True only when a protection agent is known to be installed. */
    public boolean hasAgentInstalled() {
        return agent != null && Boolean.TRUE.equals(agent.installed());
    }

    public ProtectedServer {
        services = services == null ? null : List.copyOf(services);
        volumes = volumes == null ? null : List.copyOf(volumes);
        antivirus = antivirus == null ? null : List.copyOf(antivirus);
    }
}
