package org.mabsadvisor.rules;

import java.util.List;
import java.util.Locale;

/**
 * The Azure destinations the MARS agent must reach, written as the articles write them: a name, or
 * a wildcard "*.windows.net" that stands for any name below that domain (not the domain itself).
 */
public final class Endpoints {
    private Endpoints() {
    }

    /** True when the host name is one of the destinations or below one of the wildcards; case ignored. */
    public static boolean isRequired(String host, List<String> destinations) {
        if (host == null || destinations == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        for (String d : destinations) {
            String pattern = d == null ? "" : d.strip().toLowerCase(Locale.ROOT);
            if (pattern.startsWith("*.") ? name.endsWith(pattern.substring(1)) : name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
