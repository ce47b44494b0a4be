package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing one server: the contract of the JSON report. {@code checked} lists the
 * ids of the finding rules that ran on this server, fired or not; {@code notChecked} those that
 * could not run.
 */
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CollectionProblem> collection) {

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
    }

    /** A report of rules that no site configuration changed, from facts that were not built from a bundle. */
    public Report(String schemaVersion, Tool tool, String input, String host, String language, Summary summary,
            List<Finding> findings, List<Cause> causes, List<NotChecked> notChecked, List<String> checked) {
        this(schemaVersion, tool, input, host, language, summary, findings, causes, notChecked, checked, List.of(), List.of(), List.of());
    }

    /** The same report, with the problems of the collection the facts were built from. */
    public Report withCollection(List<CollectionProblem> problems) {
        return new Report(schemaVersion, tool, input, host, language, summary, findings, causes, notChecked, checked,
                overrides, skipped, problems);
    }

    /** Name and version of the tool that wrote the report. */
    public record Tool(String name, String version) {
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
