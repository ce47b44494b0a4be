package org.mabsadvisor.report;

import java.util.Map;

/** A fact that made a rule fire: where it is in the input, its type and its values. */
public record EvidenceFact(String pointer, String type, Map<String, Object> data) {
}
