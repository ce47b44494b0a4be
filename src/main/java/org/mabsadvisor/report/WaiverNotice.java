package org.mabsadvisor.report;

/**
 * A warning about a waiver: {@code expired} (past its date, so it no longer applies), {@code lapsed}
 * (a fact it was granted for has changed, so it no longer applies) or {@code stale} (it matched no
 * finding in the whole run).
 */
public record WaiverNotice(String kind, String message, Waiver waiver) {

    public static final String EXPIRED = "expired";
    public static final String LAPSED = "lapsed";
    public static final String STALE = "stale";
}
