package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing one server: the contract of the JSON report. {@code checked} lists the
 * ids of the finding rules that ran on this server, fired or not; {@code notChecked} those that
 * could not run. The last three lists are only written when not empty: the findings that waivers
 * accept ({@code waived}, not counted in the summary nor in the exit code), the baseline's findings
 * this run no longer finds ({@code resolved}), and the warnings about waivers. {@code collectedAt}
 * is when the facts were collected (from the facts, absent when they do not say), {@code analysedAt}
 * when this run analysed them; the tool names its version and that of the rules it ran.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "input", "host", "collectedAt", "analysedAt"})
public record Report(
        String schemaVersion,
        Tool tool,
        String input,
        String host,
        String language,
        Summary summary,
        List<Finding> findings,
        List<Cause> causes,
        List<NotChecked> notChecked,
        List<String> checked,
        List<RuleOverride> overrides,
        List<SkippedFile> skipped,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CollectionProblem> collection,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WaivedFinding> waived,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ResolvedFinding> resolved,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WaiverNotice> waiverNotices,
        @JsonInclude(JsonInclude.Include.NON_NULL) String collectedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String analysedAt) {

    /** Version of the report format; bumped on any incompatible change (added properties are compatible). */
    public static final String SCHEMA_VERSION = "1";

    /** Severities from the most to the least severe, as reports spell them. */
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

    public Report {
        findings = List.copyOf(findings);
        causes = List.copyOf(causes);
        notChecked = List.copyOf(notChecked);
        checked = List.copyOf(checked);
        overrides = List.copyOf(overrides);
        skipped = List.copyOf(skipped);
        collection = collection == null ? List.of() : List.copyOf(collection);
        waived = waived == null ? List.of() : List.copyOf(waived);
        resolved = resolved == null ? List.of() : List.copyOf(resolved);
        waiverNotices = waiverNotices == null ? List.of() : List.copyOf(waiverNotices);
    }

    /** A report built by name: every part not given is empty, the format version is the current one and the summary is counted. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this report, to change some of its parts by name. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemaVersion = schemaVersion;
        b.tool = tool;
        b.input = input;
        b.host = host;
        b.language = language;
        b.summary = summary;
        b.findings = findings;
        b.causes = causes;
        b.notChecked = notChecked;
        b.checked = checked;
        b.overrides = overrides;
        b.skipped = skipped;
        b.collection = collection;
        b.waived = waived;
        b.resolved = resolved;
        b.waiverNotices = waiverNotices;
        b.collectedAt = collectedAt;
        b.analysedAt = analysedAt;
        return b;
    }

    /** The same report, with the problems of the collection the facts were built from. */
    public Report withCollection(List<CollectionProblem> problems) {
        return toBuilder().collection(problems).build();
    }

    /** This report with its findings marked against a baseline, and the baseline's findings no longer found. */
    public Report comparedWith(List<Finding> marked, List<ResolvedFinding> gone) {
        return toBuilder().findings(marked).resolved(gone).build();
    }

    /** This report with the waived findings moved out of the findings (and the summary), and the waiver warnings added. */
    public Report withWaivers(List<Finding> active, List<WaivedFinding> accepted, List<WaiverNotice> notices) {
        return toBuilder().summary(summarize(active, summary.notChecked())).findings(active).waived(accepted).waiverNotices(notices).build();
    }

    /** This report saying when its facts were collected (null when unknown) and analysed, and by which rules. */
    public Report withProvenance(String collected, String analysed, String rulesVersion) {
        return toBuilder().tool(new Tool(tool.name(), tool.version(), rulesVersion)).collectedAt(collected).analysedAt(analysed).build();
    }

    /** Builds a report by the names of its parts, since it has too many to read them by position. */
    public static final class Builder {
        private String schemaVersion = SCHEMA_VERSION;
        private Tool tool;
        private String input;
        private String host;
        private String language;
        private Summary summary;
        private List<Finding> findings = List.of();
        private List<Cause> causes = List.of();
        private List<NotChecked> notChecked = List.of();
        private List<String> checked = List.of();
        private List<RuleOverride> overrides = List.of();
        private List<SkippedFile> skipped = List.of();
        private List<CollectionProblem> collection;
        private List<WaivedFinding> waived;
        private List<ResolvedFinding> resolved;
        private List<WaiverNotice> waiverNotices;
        private String collectedAt;
        private String analysedAt;

        private Builder() {
        }

        public Builder schemaVersion(String value) {
            this.schemaVersion = value;
            return this;
        }

        public Builder tool(Tool value) {
            this.tool = value;
            return this;
        }

        public Builder input(String value) {
            this.input = value;
            return this;
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        public Builder language(String value) {
            this.language = value;
            return this;
        }

        public Builder summary(Summary value) {
            this.summary = value;
            return this;
        }

        public Builder findings(List<Finding> value) {
            this.findings = value;
            return this;
        }

        public Builder causes(List<Cause> value) {
            this.causes = value;
            return this;
        }

        public Builder notChecked(List<NotChecked> value) {
            this.notChecked = value;
            return this;
        }

        public Builder checked(List<String> value) {
            this.checked = value;
            return this;
        }

        public Builder overrides(List<RuleOverride> value) {
            this.overrides = value;
            return this;
        }

        public Builder skipped(List<SkippedFile> value) {
            this.skipped = value;
            return this;
        }

        public Builder collection(List<CollectionProblem> value) {
            this.collection = value;
            return this;
        }

        public Builder waived(List<WaivedFinding> value) {
            this.waived = value;
            return this;
        }

        public Builder resolved(List<ResolvedFinding> value) {
            this.resolved = value;
            return this;
        }

        public Builder waiverNotices(List<WaiverNotice> value) {
            this.waiverNotices = value;
            return this;
        }

        public Builder collectedAt(String value) {
            this.collectedAt = value;
            return this;
        }

        public Builder analysedAt(String value) {
            this.analysedAt = value;
            return this;
        }

        /** The report; its summary, when not given, counts its findings and the rules not checked. */
        public Report build() {
            Summary counted = summary != null ? summary : summarize(findings, notChecked.size());
            return new Report(schemaVersion, tool, input, host, language, counted, findings, causes, notChecked, checked, overrides, skipped, collection, waived, resolved, waiverNotices, collectedAt, analysedAt);
        }
    }

    /**
     * Name and version of the tool that wrote the report, and the version of the rules it ran: a
     * digest of their content (rule files, texts, policy and site changes), which changes with any
     * edit of them, null when not known.
     */
    public record Tool(String name, String version, @JsonInclude(JsonInclude.Include.NON_NULL) String rules) {
        public Tool(String name, String version) {
            this(name, version, null);
        }
    }

    /** Counts of findings per severity, and of checks that could not run. */
    public record Summary(Map<String, Integer> findingsBySeverity, int findings, int notChecked) {
    }

    /** A root cause the rules recognised, with the findings that follow from it and one plan of actions. */
    public record Cause(String id, String title, List<Evidence> evidence, List<String> findings, List<Action> actions) {
        public Cause {
            evidence = List.copyOf(evidence);
            findings = List.copyOf(findings);
            actions = List.copyOf(actions);
        }
    }

    /** Builds the summary counts from findings. */
    public static Summary summarize(List<Finding> findings, int notChecked) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : SEVERITIES) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return new Summary(counts, findings.size(), notChecked);
    }
}
