package org.mabsadvisor.facts;

import java.time.OffsetDateTime;

/** A certificate of a machine store, such as LocalMachine\My (Personal). */
public record Certificate(String store, String subject, String issuer, String thumbprint, OffsetDateTime notAfter) {
}
