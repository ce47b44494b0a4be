package org.mabsadvisor.store;

/** A kept analysis: its summary, the facts document as received and the JSON report made of it. */
public record StoredAnalysis(AnalysisSummary summary, String facts, String report) {
}
