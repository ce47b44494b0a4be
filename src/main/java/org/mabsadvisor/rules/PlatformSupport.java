package org.mabsadvisor.rules;

/**
 * What the server's MABS release supports, for the words of a finding: the release's name and its
 * Windows Server and SQL Server releases as the policy lists them. Every field is null when the
 * release is unknown, so that the texts show it as unknown rather than as an empty list.
 */
public record PlatformSupport(String release, String windowsServers, String sqlServers) {
}
