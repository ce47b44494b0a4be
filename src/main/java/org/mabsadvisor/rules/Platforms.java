package org.mabsadvisor.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.MabsServer;
import org.mabsadvisor.facts.Platform;
import org.mabsadvisor.facts.ReportingServicesInstance;
import org.mabsadvisor.facts.SqlServerInstance;
import org.mabsadvisor.policy.Policy;

/**
 * Whether the platform under MABS is one its release supports, against the policy's lists
 * (operating system and SQL Server per release, editions). Each answer is true only when what it
 * needs is known: an unknown caption or release never makes a platform unsupported.
 *
 * <pre>{@code Platform( Platforms.osUnsupported(this, $server, $policy) )}</pre>
 */
public final class Platforms {
    private Platforms() {
    }

    private static final Pattern WINDOWS_SERVER = Pattern.compile("Windows Server (\\d{4})( R2)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERVICE_PACK = Pattern.compile("^SP(\\d+)$", Pattern.CASE_INSENSITIVE);

    /** The Windows Server release of an operating system caption ("2022", "2012 R2"), or null (Hyper-V Server, a client, unknown). */
    public static String windowsRelease(String caption) {
        if (caption == null) {
            return null;
        }
        Matcher m = WINDOWS_SERVER.matcher(caption);
        return m.find() ? m.group(1) + (m.group(2) == null ? "" : " R2") : null;
    }

    /**
     * True when the operating system is known and not one the server's MABS release supports: a
     * Windows Server release outside its list (Hyper-V Server and client editions have none), an
     * edition outside the policy's, a 32-bit system, or a Server Core installation.
     */
    public static boolean osUnsupported(Platform platform, MabsServer server, Policy policy) {
        Platform.OperatingSystem os = platform == null ? null : platform.operatingSystem();
        if (os == null) {
            return false;
        }
        if ("32-bit".equals(os.architecture()) || isServerCore(os.installationType())) {
            return true;
        }
        if (os.caption() == null) {
            return false;
        }
        String windows = windowsRelease(os.caption());
        if (windows == null) {
            // Microsoft Hyper-V Server and client editions are no Windows Server release at all.
            return true;
        }
        Policy.MabsRelease release = MabsReleases.releaseOf(server, policy);
        if (release == null) {
            return false;
        }
        if (!release.windowsServers().contains(windows)) {
            return true;
        }
        return policy.windowsServerEditions().stream().noneMatch(e -> containsWord(os.caption(), e));
    }

    /** True for the Server Core installation type of the registry value InstallationType. */
    public static boolean isServerCore(String installationType) {
        return installationType != null && installationType.strip().equalsIgnoreCase("Server Core");
    }

    /**
     * True when the SQL Server instance is known not to be one the server's MABS release supports:
     * a release (or service pack) outside its list, an edition outside the policy's, or 32-bit.
     */
    public static boolean sqlUnsupported(SqlServerInstance sql, MabsServer server, Policy policy) {
        if (sql == null) {
            return false;
        }
        if (Boolean.FALSE.equals(sql.is64Bit())) {
            return true;
        }
        if (sql.edition() != null && policy.sqlServerEditions().stream().noneMatch(e -> startsWithWord(sql.edition(), e))) {
            return true;
        }
        Policy.MabsRelease release = MabsReleases.releaseOf(server, policy);
        if (release == null || sql.release() == null) {
            return false;
        }
        return release.sqlServers().stream().noneMatch(s -> sqlMatches(sql, s));
    }

    /** True when the instance runs on another computer than the MABS server. */
    public static boolean sqlRemote(SqlServerInstance sql, String host) {
        return sql != null && sql.machineName() != null && host != null && !Hosts.same(sql.machineName(), host);
    }

    /** What the server's MABS release supports, as the policy lists it; never null, its fields null when the release is unknown. */
    public static PlatformSupport supportFor(MabsServer server, Policy policy) {
        Policy.MabsRelease release = MabsReleases.releaseOf(server, policy);
        return release == null ? new PlatformSupport(null, null, null)
                : new PlatformSupport(release.name(), String.join(", ", release.windowsServers()), String.join(", ", release.sqlServers()));
    }

    /**
     * True when a Reporting Services instance's settings differ from those the installation article
     * asks for: the Network Service account, and, when the SQL Server instance is known, the database
     * {@code ReportServer$<instance>} and the virtual directories {@code ReportServer_<instance>} and
     * {@code Reports_<instance>}. Unknown settings do not count as different.
     */
    public static boolean reportingDiffers(ReportingServicesInstance rs, Platform platform) {
        if (rs == null) {
            return false;
        }
        if (rs.serviceAccount() != null && !isNetworkService(rs.serviceAccount())) {
            return true;
        }
        SqlServerInstance sql = platform == null ? null : platform.sqlServer();
        String instance = sql == null ? null : sql.instanceName();
        if (instance == null || instance.isBlank()) {
            return false;
        }
        return differs(rs.databaseName(), "ReportServer$" + instance)
                || differs(rs.reportServerVirtualDirectory(), "ReportServer_" + instance)
                || differs(rs.reportManagerVirtualDirectory(), "Reports_" + instance);
    }

    /** The Network Service account as Windows names it in English or French, or its SID S-1-5-20. */
    public static boolean isNetworkService(String account) {
        String a = fold(account);
        String name = a.contains("\\") ? a.substring(a.lastIndexOf('\\') + 1) : a;
        return a.equals("s-1-5-20") || List.of("networkservice", "network service", "service reseau").contains(name);
    }

    private static boolean differs(String actual, String expected) {
        return actual != null && !actual.strip().equalsIgnoreCase(expected);
    }

    private static boolean sqlMatches(SqlServerInstance sql, String supported) {
        String[] parts = supported.strip().split("\\s+");
        if (!parts[0].equals(sql.release())) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        Integer wanted = servicePack(parts[1]);
        Integer actual = servicePack(sql.productLevel());
        // A level that is unknown is not held against the instance; RTM is service pack 0.
        return wanted == null || sql.productLevel() == null || actual != null && actual >= wanted;
    }

    private static Integer servicePack(String level) {
        if (level == null) {
            return null;
        }
        if (level.strip().equalsIgnoreCase("RTM")) {
            return 0;
        }
        Matcher m = SERVICE_PACK.matcher(level.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static boolean startsWithWord(String text, String word) {
        return Pattern.compile("^\\s*" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "");
    }
}
