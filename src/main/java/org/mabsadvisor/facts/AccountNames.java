package org.mabsadvisor.facts;

import java.util.Locale;
import java.util.Set;

/**
 * Names Windows gives the Local System account, in the languages the collector meets: services say
 * "LocalSystem", icacls and Task Scheduler "NT AUTHORITY\SYSTEM" or "SYSTEM", a French Windows
 * "AUTORITE NT\Système", and its SID is S-1-5-18.
 */
public final class AccountNames {
    /** The spellings of Local System, in lower case. */
    public static final Set<String> LOCAL_SYSTEM = Set.of("localsystem", "system", "nt authority\\system", "autorite nt\\system",
            "autorite nt\\syst\u00e8me", "syst\u00e8me", "nt-autorit\u00e4t\\system", "s-1-5-18");

    private AccountNames() {
    }

    /** True when the account is Local System under one of its names. */
    public static boolean isLocalSystem(String account) {
        return account != null && LOCAL_SYSTEM.contains(account.strip().toLowerCase(Locale.ROOT));
    }
}
