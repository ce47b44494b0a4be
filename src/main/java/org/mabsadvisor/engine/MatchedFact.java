package org.mabsadvisor.engine;

/** A fact a rule matched, with its JSON Pointer in the input (null for facts the rules derived). */
public record MatchedFact(String pointer, Object fact) {
}
