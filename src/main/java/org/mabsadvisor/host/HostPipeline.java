package org.mabsadvisor.host;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.mabsadvisor.baseline.Baseline;
import org.mabsadvisor.engine.Firing;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.Forecast;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.report.FindingSelection;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.waivers.Waivers;

/**
 * What is done to the facts of one host, alone or in a fleet: the rules, then the comparison with the
 * baseline, then the waivers, then the selection of findings; the collection problems of its bundle
 * are carried into the report. The one path from a host's facts to its report, so that what a host
 * gets alone and in a fleet cannot differ. Safe to share between threads: the advisor is (one compiled rule base, a pooled session
 * per run), the baseline is only read, and the waivers count their matches atomically.
 */
public final class HostPipeline {
    private final Advisor advisor;
    private final String language;
    private final Baseline baseline;
    private final Waivers waivers;
    private final BiConsumer<String, Firing> trace;
    private final FindingSelection selection;
    private final String analysedAt;
    private final String rulesVersion;

    /** {@code trace} sees every firing with the input it comes from. */
    public HostPipeline(Advisor advisor, String language, Baseline baseline, Waivers waivers, BiConsumer<String, Firing> trace) {
        this(advisor, language, baseline, waivers, trace, FindingSelection.ALL, null, null);
    }

    /**
     * {@code selection}: the findings the report lists (--severity, --only, --skip), applied last;
     * {@code analysedAt} and {@code rulesVersion}: when the run started and the version of its rules,
     * which every report of the run states, with when its own facts were collected.
     */
    public HostPipeline(Advisor advisor, String language, Baseline baseline, Waivers waivers, BiConsumer<String, Firing> trace,
            FindingSelection selection, String analysedAt, String rulesVersion) {
        this.selection = selection;
        this.analysedAt = analysedAt;
        this.rulesVersion = rulesVersion;
        this.advisor = advisor;
        this.language = language;
        this.baseline = baseline;
        this.waivers = waivers;
        this.trace = trace;
    }

    /** The report of a host's facts as read, with the collection problems of its bundle. */
    public Report analyze(HostFacts facts, String input) throws RuleFailureException {
        return analyze(facts, input, set -> List.of());
    }

    /**
     * The report of a host's facts as read, the rules also seeing the forecasts made from its
     * history ({@code forecasts} is given the facts as the rules see them, to measure them).
     */
    public Report analyze(HostFacts facts, String input, Function<FactSet, List<Forecast>> forecasts) throws RuleFailureException {
        Report report = analyze(facts.document(), input, forecasts);
        return facts.collection().isEmpty() ? report : report.withCollection(facts.collection());
    }

    /** The report of a facts document, which has no collection problems. */
    public Report analyze(FactsDocument facts, String input) throws RuleFailureException {
        return analyze(facts, input, set -> List.of());
    }

    private Report analyze(FactsDocument facts, String input, Function<FactSet, List<Forecast>> forecasts) throws RuleFailureException {
        FactSet set = FactSet.of(facts);
        Report report = advisor.analyze(set.withForecasts(forecasts.apply(set)), input, language, firing -> trace.accept(input, firing));
        if (analysedAt != null) {
            report = report.withProvenance(facts.collectedAt() == null ? null : facts.collectedAt().toInstant().toString(), analysedAt, rulesVersion);
        }
        return selection.apply(waivers.apply(baseline.compare(report), facts));
    }
}
