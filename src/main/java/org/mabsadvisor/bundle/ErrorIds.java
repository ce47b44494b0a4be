package org.mabsadvisor.bundle;

import java.util.Locale;

/** Error ids and error texts as the DPM cmdlets print them, shaped as the facts file wants them. */
final class ErrorIds {
    private ErrorIds() {
    }

    /** An error id written as a number or as digits; a negative HRESULT becomes 0x hexadecimal; 0 means none. */
    static String of(PowerShellJson.Item item, String field) throws UnusableOutputException {
        if (item.get(field) == null) {
            return null;
        }
        String text = item.text(field);
        if (text == null && item.get(field).isTextual()) {
            return null;
        }
        if (text != null && text.matches("0[xX][0-9A-Fa-f]{1,8}")) {
            return text;
        }
        Long n = item.number(field);
        return of(n);
    }

    static String of(Long n) {
        if (n == null || n == 0) {
            return null;
        }
        if (n < 0) {
            // An HRESULT (DetailedCode) is a negative 32-bit number: MABS documents it in hexadecimal.
            return "0x" + Integer.toHexString(n.intValue()).toUpperCase(Locale.ROOT);
        }
        return n <= 9_999_999_999L ? Long.toString(n) : null;
    }

    /** A detailed text, cut to the length the facts file allows. */
    static String capped(String text) {
        return text == null || text.length() <= EventsParser.MAX_MESSAGE ? text : text.substring(0, EventsParser.MAX_MESSAGE);
    }
}
