package org.mabsadvisor.rules;

/**
 * Numeric comparison of dotted version strings, for rules: 2.0.9052.0 is newer than 2.0.905.0,
 * and missing parts count as 0 (2.0.9052 equals 2.0.9052.0).
 *
 * <pre>{@code MarsAgent( Versions.isOlder(version, "2.0.9052") )}</pre>
 */
public final class Versions {
    private Versions() {
    }

    /** True only when both versions are readable and {@code version} is strictly older than {@code minimum}. */
    public static boolean isOlder(String version, String minimum) {
        Integer c = compare(version, minimum);
        return c != null && c < 0;
    }

    /** Negative, zero or positive as {@code a} is older, equal or newer than {@code b}; null when either is unreadable. */
    public static Integer compare(String a, String b) {
        long[] x = parse(a);
        long[] y = parse(b);
        if (x == null || y == null) {
            return null;
        }
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? x[i] : 0;
            long q = i < y.length ? y[i] : 0;
            if (p != q) {
                return p < q ? -1 : 1;
            }
        }
        return 0;
    }

    /**
     * One to six dot-separated runs of one to nine digits, or null. Read a character at a time:
     * rules compare versions for every host, and a regular expression compiled at each call cost
     * more than the rest of the comparison.
     */
    private static long[] parse(String version) {
        if (version == null) {
            return null;
        }
        String v = version.trim();
        long[] numbers = new long[6];
        int count = 0;
        int digits = 0;
        long value = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (++digits > 9) {
                    return null;
                }
                value = value * 10 + (c - '0');
            } else if (c == '.' && digits > 0 && count < numbers.length) {
                numbers[count++] = value;
                digits = 0;
                value = 0;
            } else {
                return null;
            }
        }
        return java.util.Arrays.copyOf(numbers, count);
    }
}
