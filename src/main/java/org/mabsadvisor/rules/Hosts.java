package org.mabsadvisor.rules;

import java.util.Locale;

/**
 * Comparison of Windows computer names as administrators write them: case does not matter, and a
 * short name equals the fully qualified one (SQL01 is sql01.contoso.local).
 */
public final class Hosts {
    private Hosts() {
    }

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

    private static String firstLabel(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
