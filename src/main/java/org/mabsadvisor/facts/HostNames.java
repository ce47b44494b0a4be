package org.mabsadvisor.facts;

import java.util.Locale;

/**
 * Comparison of Windows computer names as administrators write them: case does not matter, and a
 * short name equals the fully qualified one (SQL01 is sql01.contoso.local).
 */
public final class HostNames {
    private HostNames() {
    }

    /** True when both names are known and name the same computer. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.trim().toLowerCase(Locale.ROOT);
        String y = b.trim().toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        boolean xShort = x.indexOf('.') < 0;
        boolean yShort = y.indexOf('.') < 0;
        if (xShort == yShort) {
            return false;
        }
        return firstLabel(x).equals(firstLabel(y));
    }

    /**
     * True when {@code registered} names this computer, whose name is {@code name} and domain
     * {@code domain}: a fully qualified name must match the computer's full name (name and domain),
     * so that joining or changing a domain counts as a new name; a short name compares with the
     * computer's first label. False when either name is unknown.
     */
    public static boolean sameComputer(String registered, String name, String domain) {
        if (registered == null || name == null) {
            return false;
        }
        String r = registered.trim().toLowerCase(Locale.ROOT);
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (r.indexOf('.') >= 0 && n.indexOf('.') < 0) {
            if (domain == null || domain.isBlank()) {
                // A workgroup server has no full name: a registered full name is another name.
                return false;
            }
            n = n + "." + domain.trim().toLowerCase(Locale.ROOT);
        }
        return r.indexOf('.') >= 0 ? r.equals(n) : firstLabel(r).equals(firstLabel(n));
    }

    private static String firstLabel(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
