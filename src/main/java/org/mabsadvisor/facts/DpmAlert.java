package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/** An alert of the MABS console (Get-DPMAlert), active or recently resolved; rules see it as an {@link Event}. */
public record DpmAlert(
        OffsetDateTime time,
        String errorId,
        String title,
        String detail,
        String dataSource,
        String protectedServer,
        AlertState state,
        AlertSeverity severity,
        OffsetDateTime resolvedAt) {

    /** Where rules read the alert from. */
    static final String SOURCE = "DPM alert";

    /** The alert as the event rules match: its title is the operation, its detailed text the message. */
    Event asEvent(String mabsServer) {
        return new Event(time, protectedServer != null ? protectedServer : mabsServer, SOURCE, title, errorId, null, detail, dataSource);
    }
}
