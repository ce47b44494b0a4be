package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/** When the facts were collected (the file's {@code collectedAt}), for rules that count an age up to then. */
public record CollectionTime(OffsetDateTime at) {
}
