package org.mabsadvisor.facts;

import java.util.List;

/**
 * The platform MABS runs on: operating system, domain role, hardware, the roles that share the
 * computer, and the SQL Server and Reporting Services instances MABS uses. The instances and the
 * hotfixes become facts of their own, so that a rule reading one that was not collected is "not
 * checked".
 */
public record Platform(
        OperatingSystem operatingSystem,
        String domainRole,
        Integer processorCores,
        Long memoryBytes,
        List<String> coHostedRoles,
        SqlServerInstance sqlServer,
        List<ReportingServicesInstance> reportingServices,
        MabsHotfixes hotfixes) {

    /** Domain roles of Win32_ComputerSystem.DomainRole, in the order of their numbers 0 to 5. */
    public static final List<String> DOMAIN_ROLES = List.of("standaloneWorkstation", "memberWorkstation",
            "standaloneServer", "memberServer", "backupDomainController", "primaryDomainController");

    public Platform {
        coHostedRoles = coHostedRoles == null ? null : List.copyOf(coHostedRoles);
        reportingServices = reportingServices == null ? null : List.copyOf(reportingServices);
    }

    /** True only when the domain role is known and is a domain controller's. */
    public boolean isDomainController() {
        return "backupDomainController".equals(domainRole) || "primaryDomainController".equals(domainRole);
    }

    /** True only when the domain role is known and says the computer is in no domain. */
    public boolean isStandalone() {
        return "standaloneServer".equals(domainRole) || "standaloneWorkstation".equals(domainRole);
    }

    /** The operating system of a computer (Win32_OperatingSystem, and InstallationType from the registry). */
    public record OperatingSystem(String caption, String version, String architecture, String installationType) {
    }
}
