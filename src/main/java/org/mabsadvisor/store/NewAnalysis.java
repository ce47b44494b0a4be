package org.mabsadvisor.store;

import java.util.Map;

/**
 * An analysis to keep: its summary (without id yet), its facts as JSON, its JSON report, and the
 * values of its measures (the numeric facts rules compare with thresholds), by name.
 */
public record NewAnalysis(AnalysisSummary summary, String facts, String report, Map<String, Double> measures) {

    public NewAnalysis {
        measures = Map.copyOf(measures);
    }
}
