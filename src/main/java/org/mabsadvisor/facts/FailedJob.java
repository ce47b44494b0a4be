package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/** A failed MABS job (Get-DPMJob -Status Failed) with its error; rules see it as an {@link Event}. */
public record FailedJob(
        OffsetDateTime time,
        String type,
        String dataSource,
        String protectedServer,
        String errorId,
        String errorCode,
        String detail) {

    /** Where rules read the job from. */
    static final String SOURCE = "DPM job";

    /** The job as the event rules match: its type is the operation, its error details the message. */
    Event asEvent(String mabsServer) {
        return new Event(time, protectedServer != null ? protectedServer : mabsServer, SOURCE, type, errorId, errorCode, detail, dataSource);
    }
}
