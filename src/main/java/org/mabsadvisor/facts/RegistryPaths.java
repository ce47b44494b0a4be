package org.mabsadvisor.facts;

import java.util.Locale;

/** Compares registry key paths the way an administrator writes them (HKLM or HKEY_LOCAL_MACHINE, any case). */
public final class RegistryPaths {
    private RegistryPaths() {
    }

    /** True when both paths name the same key. */
    public static boolean sameKey(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (!isAscii(a) || !isAscii(b)) {
            return normalize(a).equals(normalize(b));
        }
        // Rules compare keys for every registry value of every host: the normalized forms are read
        // in place, a character at a time, rather than built.
        Spelled x = Spelled.of(a);
        Spelled y = Spelled.of(b);
        if (x.length() != y.length()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static final String LONG_HIVE = "HKEY_LOCAL_MACHINE";

    /** A path as {@link #normalize} spells it, read in place: "HKLM" for the long hive name, then the rest without its trailing separators. */
    private record Spelled(String path, String hive, int from, int to) {
        static Spelled of(String path) {
            int from = 0;
            int to = path.length();
            while (from < to && path.charAt(from) <= ' ') {
                from++;
            }
            while (to > from && (path.charAt(to - 1) <= ' ')) {
                to--;
            }
            while (to > from && (path.charAt(to - 1) == '\\' || path.charAt(to - 1) == '/')) {
                to--;
            }
            if (path.regionMatches(true, from, LONG_HIVE, 0, LONG_HIVE.length())) {
                return new Spelled(path, "HKLM", from + LONG_HIVE.length(), to);
            }
            return new Spelled(path, "", from, to);
        }

        int length() {
            return hive.length() + to - from;
        }

        char charAt(int i) {
            if (i < hive.length()) {
                return hive.charAt(i);
            }
            char c = path.charAt(from + i - hive.length());
            return c == '/' ? '\\' : c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        }
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
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
