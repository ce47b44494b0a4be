package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/** A recorded job error, alert or installer error. */
public record Event(
        OffsetDateTime time,
        String host,
        String source,
        String operation,
        String errorId,
        String errorCode,
        String message,
        String dataSource) {

    /** True when the operation or the message contains one of the phrases (case, accents, punctuation ignored). */
    public boolean mentions(String... phrases) {
        return org.mabsadvisor.rules.Messages.mentions(operation, phrases) || org.mabsadvisor.rules.Messages.mentions(message, phrases);
    }

    Event onHost(String defaultHost) {
        return host != null ? this : new Event(time, defaultHost, source, operation, errorId, errorCode, message, dataSource);
    }
}
