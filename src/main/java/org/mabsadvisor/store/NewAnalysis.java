package org.mabsadvisor.store;

/** An analysis to keep: its summary (without id yet), its facts as JSON and its JSON report. */
public record NewAnalysis(AnalysisSummary summary, String facts, String report) {
}
