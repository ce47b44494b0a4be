package org.mabsadvisor.facts;

/** E-mail notification (SMTP) settings of the MABS server; the password is never collected. */
public record EmailNotification(Boolean enabled, String smtpServer, Integer smtpPort, String smtpUserName, String fromAddress) {
}
