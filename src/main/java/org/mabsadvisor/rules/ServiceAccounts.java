package org.mabsadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mabsadvisor.facts.AccountNames;
import org.mabsadvisor.facts.FolderAccess;
import org.mabsadvisor.facts.TriggerJobFolder;

/**
 * Windows account names as services, the registry and icacls write them: "LocalSystem",
 * "NT AUTHORITY\SYSTEM" and French Windows's "AUTORITE NT\Système" are one account; ".\name" and
 * "MABS01\name" are the same local account of MABS01; names compare ignoring case.
 */
public final class ServiceAccounts {
    /** The account MABS setup creates for its SQL Server services. */
    public static final String DPM_ACCOUNT = "MICROSOFT$DPM$Acct";

    private static final String LOCAL_SYSTEM = "localsystem";
    /** Authorities whose accounts exist on every computer: built-in, service and virtual accounts. */
    private static final Set<String> LOCAL_AUTHORITIES = Set.of("nt authority", "autorite nt", "nt-autorit\u00e4t", "nt service", "builtin");

    private ServiceAccounts() {
    }

    /**
     * The account in one spelling: lower case, LocalSystem for SYSTEM, and a local account of the
     * server without its computer part. A service or a folder of the server can only name its own
     * local accounts, so any computer part that is neither an authority of Windows nor the server's
     * domain (its first label, the NetBIOS name) is this computer under one of its names.
     */
    static String canonical(String account, String host, String domain) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String a = account.strip().toLowerCase(Locale.ROOT);
        if (AccountNames.isLocalSystem(a)) {
            return LOCAL_SYSTEM;
        }
        int slash = a.indexOf('\\');
        if (slash < 0) {
            return a;
        }
        String prefix = a.substring(0, slash);
        String user = a.substring(slash + 1);
        if (LOCAL_AUTHORITIES.contains(prefix)) {
            return a;
        }
        if (prefix.equals(".") || prefix.equals(shortName(host))) {
            return user;
        }
        String netbios = shortName(domain);
        return netbios != null && !prefix.equals(netbios) ? user : a;
    }

    /** True when both accounts are known and differ, on the MABS server {@code host} of the domain {@code domain}. */
    public static boolean differ(String a, String b, String host, String domain) {
        String x = canonical(a, host, domain);
        String y = canonical(b, host, domain);
        return x != null && y != null && !x.equals(y);
    }

    /**
     * True when the account belongs to a domain: "DOMAIN\name" whose domain part is neither this
     * computer nor one of Windows's own authorities, or a user principal name (name@domain).
     */
    public static boolean isDomainAccount(String account, String host, String domain) {
        String a = canonical(account, host, domain);
        if (a == null || a.equals(LOCAL_SYSTEM)) {
            return false;
        }
        if (a.contains("@")) {
            return true;
        }
        int slash = a.indexOf('\\');
        return slash > 0 && !LOCAL_AUTHORITIES.contains(a.substring(0, slash));
    }

    /**
     * The accounts that need Full Control of TriggerJob.exe's folder and lack it on the folder itself:
     * the logon accounts of SQL Server Agent given, or MABS's own account when none is known. Empty
     * when the folder's entries were not collected.
     */
    public static List<String> withoutFullControl(TriggerJobFolder folder, List<String> agentAccounts, String host, String domain) {
        List<String> lacking = new ArrayList<>();
        if (folder == null || folder.access() == null) {
            return lacking;
        }
        List<String> needed = agentAccounts == null || agentAccounts.isEmpty() ? List.of(DPM_ACCOUNT) : agentAccounts;
        for (String account : needed) {
            boolean granted = false;
            for (FolderAccess entry : folder.access()) {
                String entryAccount = canonical(entry.account(), host, domain);
                granted |= entryAccount != null && entryAccount.equals(canonical(account, host, domain)) && entry.grantsFullControlOnFolder();
            }
            if (!granted && !lacking.contains(account)) {
                lacking.add(account);
            }
        }
        return lacking;
    }

    private static String shortName(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int dot = h.indexOf('.');
        return dot > 0 ? h.substring(0, dot) : h;
    }
}
