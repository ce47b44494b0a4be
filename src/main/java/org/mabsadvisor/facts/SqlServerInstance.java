package org.mabsadvisor.facts;

/**
 * The SQL Server instance that holds the MABS database, as it describes itself (SERVERPROPERTY):
 * {@code release} is the year its version text names ("2019"), {@code productLevel} RTM or SPn.
 */
public record SqlServerInstance(
        String release,
        String productVersion,
        String productLevel,
        String edition,
        Boolean is64Bit,
        String instanceName,
        String machineName,
        Boolean administratorsSysadmin) {
}
