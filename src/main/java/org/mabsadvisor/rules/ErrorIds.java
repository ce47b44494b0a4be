package org.mabsadvisor.rules;

import java.util.Locale;

/**
 * Comparison of error ids however they were written: 0x29834, 0X00029834 and 170036 are the same id.
 *
 * <pre>{@code Event( ErrorIds.same(errorId, "0x29834") )}</pre>
 */
public final class ErrorIds {
    private ErrorIds() {
    }

    /** True when both ids are readable and denote the same number. */
    public static boolean same(String id, String expected) {
        Long a = valueOf(id);
        return a != null && a.equals(valueOf(expected));
    }

    /** True when the text is an error id: 0x and hexadecimal digits, or decimal digits. */
    public static boolean isId(String id) {
        return valueOf(id) != null;
    }

    /** The number an id denotes, or null when it is not an id. */
    public static Long valueOf(String id) {
        if (id == null) {
            return null;
        }
        String s = id.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("0x")) {
                return s.length() > 2 && s.length() <= 18 ? Long.parseUnsignedLong(s.substring(2), 16) : null;
            }
            return isDecimal(s) ? Long.parseLong(s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One to eighteen ASCII digits (rules compare ids for every event: no regular expression here). */
    private static boolean isDecimal(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
