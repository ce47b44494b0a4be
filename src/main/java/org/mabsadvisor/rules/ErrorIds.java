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
        Long a = value(id);
        return a != null && a.equals(value(expected));
    }

    static Long value(String id) {
        if (id == null) {
            return null;
        }
        String s = id.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("0x")) {
                return s.length() > 2 && s.length() <= 18 ? Long.parseUnsignedLong(s.substring(2), 16) : null;
            }
            return s.matches("\\d{1,18}") ? Long.parseLong(s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
