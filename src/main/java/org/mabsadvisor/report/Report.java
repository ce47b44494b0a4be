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

    /** A report that does not say when its facts were collected and analysed. */
    public Report(String schemaVersion, Tool tool, String input, String host, String language, Summary summary,
            List<Finding> findings, List<Cause> causes, List<NotChecked> notChecked, List<String> checked,
            List<RuleOverride> overrides, List<SkippedFile> skipped, List<CollectionProblem> collection,
            List<WaivedFinding> waived, List<ResolvedFinding> resolved, List<WaiverNotice> waiverNotices) {
        this(schemaVersion, tool, input, host, language, summary, findings, causes, notChecked, checked, overrides, skipped,
                collection, waived, resolved, waiverNotices, null, null);
    }

    /** A report of rules no site configuration changed, from facts not built from a bundle, without waivers or baseline. */
    public Report(String schemaVersion, Tool tool, String input, String host, String language, Summary summary,
            List<Finding> findings, List<Cause> causes, List<NotChecked> notChecked, List<String> checked) {
        this(schemaVersion, tool, input, host, language, summary, findings, causes, notChecked, checked,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The same report, with the problems of the collection the facts were built from. */
    public Report withCollection(List<CollectionProblem> problems) {
        return new Report(schemaVersion, tool, input, host, language, summary, findings, causes, notChecked, checked,
                overrides, skipped, problems, waived, resolved, waiverNotices, collectedAt, analysedAt);
    }

    /** This report with its findings marked against a baseline, and the baseline's findings no longer found. */
    public Report comparedWith(List<Finding> marked, List<ResolvedFinding> gone) {
        return new Report(schemaVersion, tool, input, host, language, summary, marked, causes, notChecked, checked,
                overrides, skipped, collection, waived, gone, waiverNotices, collectedAt, analysedAt);
    }

    /** This report with the waived findings moved out of the findings (and the summary), and the waiver warnings added. */
    public Report withWaivers(List<Finding> active, List<WaivedFinding> accepted, List<WaiverNotice> notices) {
        return new Report(schemaVersion, tool, input, host, language, summarize(active, summary.notChecked()), active, causes,
                notChecked, checked, overrides, skipped, collection, accepted, resolved, notices, collectedAt, analysedAt);
    }

    /** This report saying when its facts were collected (null when unknown) and analysed, and by which rules. */
    public Report withProvenance(String collected, String analysed, String rulesVersion) {
        return new Report(schemaVersion, new Tool(tool.name(), tool.version(), rulesVersion), input, host, language, summary, findings,
                causes, notChecked, checked, overrides, skipped, collection, waived, resolved, waiverNotices, collected, analysed);
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
