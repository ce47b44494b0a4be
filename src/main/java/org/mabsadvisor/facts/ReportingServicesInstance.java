package org.mabsadvisor.facts;

/** A SQL Server Reporting Services instance on the MABS server and its configuration (MSReportServer_ConfigurationSetting). */
public record ReportingServicesInstance(
        String instanceName,
        Boolean initialized,
        String databaseName,
        String reportServerVirtualDirectory,
        String reportManagerVirtualDirectory,
        String serviceAccount) {
}
