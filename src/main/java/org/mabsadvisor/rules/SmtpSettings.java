package org.mabsadvisor.rules;

import java.util.Locale;

/**
 * Checks of the e-mail notification (SMTP) settings of MABS, for rules:
 *
 * <pre>{@code EmailNotification( SmtpSettings.isOffice365Host(smtpServer) )}</pre>
 */
public final class SmtpSettings {
    private SmtpSettings() {
    }

    /**
     * True when the SMTP server is an Office 365 host: smtp.office365.com, outlook.office365.com or
     * a *.mail.protection.outlook.com endpoint (case, a trailing dot and a :port ignored); false when unknown.
     */
    public static boolean isOffice365Host(String smtpServer) {
        if (smtpServer == null) {
            return false;
        }
        String h = smtpServer.trim().toLowerCase(Locale.ROOT).replaceFirst(":\\d{1,5}$", "");
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String mx = ".mail.protection.outlook.com";
        return h.equals("smtp.office365.com") || h.equals("outlook.office365.com")
                || (h.endsWith(mx) && h.length() > mx.length());
    }

    /** True when a user name is written domain\\user (a non-empty name on each side of one backslash, no @); false when unknown. */
    public static boolean isDomainBackslashUser(String userName) {
        if (userName == null) {
            return false;
        }
        String u = userName.trim();
        int slash = u.indexOf('\\');
        return slash > 0 && slash < u.length() - 1 && u.indexOf('\\', slash + 1) < 0 && u.indexOf('@') < 0;
    }
}
