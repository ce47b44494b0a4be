package org.mabsadvisor.facts;

import java.util.Locale;

/** Compares registry key paths the way an administrator writes them (HKLM or HKEY_LOCAL_MACHINE, any case). */
public final class RegistryPaths {
    private RegistryPaths() {
    }

    /** True when both paths name the same key. */
    public static boolean sameKey(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    static String normalize(String path) {
        String p = path.trim().replace('/', '\\');
        while (p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        p = p.toUpperCase(Locale.ROOT);
        if (p.startsWith("HKEY_LOCAL_MACHINE")) {
            p = "HKLM" + p.substring("HKEY_LOCAL_MACHINE".length());
        }
        return p;
    }
}
