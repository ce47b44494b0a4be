package org.mabsadvisor.facts;

/**
 * A Windows service on the MABS server or on a protected server; {@code account} is the account it
 * logs on with (Win32_Service StartName), null when not collected.
 */
public record Service(String host, String name, String displayName, ServiceState state, StartMode startMode, String account) {

    /** True when the service name is {@code expected}, ignoring case as Windows does. */
    public boolean is(String expected) {
        return name != null && name.equalsIgnoreCase(expected);
    }

    /** True only when the state is known and is not Running. */
    public boolean isNotRunning() {
        return state != null && state != ServiceState.RUNNING;
    }

    /** True when the start mode is known and is not {@code mode}. */
    public boolean startModeIsNot(StartMode mode) {
        return startMode != null && startMode != mode;
    }

    /** True for the SQL Server Agent service, default instance or named (SQLAgent$INSTANCE). */
    public boolean isSqlServerAgent() {
        return name != null && (name.equalsIgnoreCase("SQLSERVERAGENT") || name.toUpperCase(java.util.Locale.ROOT).startsWith("SQLAGENT$"));
    }

    /** True for the SQL Server database engine service, default instance (MSSQLSERVER) or named (MSSQL$INSTANCE). */
    public boolean isSqlServer() {
        return name != null && (name.equalsIgnoreCase("MSSQLSERVER") || name.toUpperCase(java.util.Locale.ROOT).startsWith("MSSQL$"));
    }

    /**
     * True when this is the SQL Server Agent or the database engine of the instance {@code instance}
     * (MSSQLSERVER: the default instance).
     */
    public boolean isSqlServiceOf(String instance) {
        if (name == null || instance == null || instance.isBlank()) {
            return false;
        }
        String i = instance.trim();
        return isSqlServerAgentOf(i) || (i.equalsIgnoreCase("MSSQLSERVER") ? name.equalsIgnoreCase("MSSQLSERVER") : name.equalsIgnoreCase("MSSQL$" + i));
    }

    /** True when this is the SQL Server Agent of the instance {@code instance} (MSSQLSERVER: the default instance). */
    public boolean isSqlServerAgentOf(String instance) {
        if (name == null || instance == null || instance.isBlank()) {
            return false;
        }
        String i = instance.trim();
        return i.equalsIgnoreCase("MSSQLSERVER") ? name.equalsIgnoreCase("SQLSERVERAGENT") : name.equalsIgnoreCase("SQLAgent$" + i);
    }

    /** The same service with its logon account. */
    public Service withAccount(String logonAccount) {
        return new Service(host, name, displayName, state, startMode, logonAccount);
    }

    Service onHost(String defaultHost) {
        return host != null ? this : new Service(defaultHost, name, displayName, state, startMode, account);
    }
}
