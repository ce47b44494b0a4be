package org.mabsadvisor.store;

import java.time.Instant;
import java.util.List;

/**
 * What the fleet and history pages show of one analysis without reading its documents: when it was
 * received and collected, its worst severity (null when nothing was found), how many findings it
 * has, how many are new and how many were resolved since the host's previous analysis, and their ids.
 */
public record AnalysisSummary(long id, String host, Instant receivedAt, Instant collectedAt, String worstSeverity, int findings,
        int newFindings, int resolvedFindings, List<String> ruleIds) {

    public AnalysisSummary {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The same summary with the id the store gave it. */
    public AnalysisSummary withId(long newId) {
        return new AnalysisSummary(newId, host, receivedAt, collectedAt, worstSeverity, findings, newFindings, resolvedFindings, ruleIds);
    }

    /** A summary built by name: it has nine components. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a summary by name. */
    public static final class Builder {
        private long id;
        private String host;
        private Instant receivedAt;
        private Instant collectedAt;
        private String worstSeverity;
        private int findings;
        private int newFindings;
        private int resolvedFindings;
        private List<String> ruleIds = List.of();

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder receivedAt(Instant value) {
            receivedAt = value;
            return this;
        }

        public Builder collectedAt(Instant value) {
            collectedAt = value;
            return this;
        }

        public Builder worstSeverity(String value) {
            worstSeverity = value;
            return this;
        }

        public Builder findings(int value) {
            findings = value;
            return this;
        }

        public Builder newFindings(int value) {
            newFindings = value;
            return this;
        }

        public Builder resolvedFindings(int value) {
            resolvedFindings = value;
            return this;
        }

        public Builder ruleIds(List<String> value) {
            ruleIds = value;
            return this;
        }

        public AnalysisSummary build() {
            return new AnalysisSummary(id, host, receivedAt, collectedAt, worstSeverity, findings, newFindings, resolvedFindings, ruleIds);
        }
    }
}
