package org.mabsadvisor.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mabsadvisor.baseline.Baseline;
import org.mabsadvisor.baseline.InvalidBaselineException;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.findings.Explainer;
import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.host.HostPipeline;
import org.mabsadvisor.policy.Policy;
import org.mabsadvisor.report.Explanation;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.FindingSelection;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.store.AnalysisStore;
import org.mabsadvisor.store.AnalysisSummary;
import org.mabsadvisor.store.NewAnalysis;
import org.mabsadvisor.store.StoreException;
import org.mabsadvisor.store.StoredAnalysis;
import org.mabsadvisor.trends.Trend;
import org.mabsadvisor.trends.Trends;
import org.mabsadvisor.waivers.Waivers;

/**
 * What the server does with the facts it receives, apart from HTTP: each host's facts go through the
 * same host pipeline as on the command line, compared with that host's previous analysis (new,
 * unchanged and resolved findings, as with --baseline), with the waivers in force, and the analysis is
 * kept. The analyses of one host are made one at a time, so that each is compared with the one
 * just before it even when a host's uploads arrive together; different hosts run in parallel.
 */
public final class Analyses {
    private final LiveRules rules;
    private final AnalysisStore store;
    private final String toolVersion;
    private final Clock clock;
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final JsonReport json = new JsonReport();

    public Analyses(LiveRules rules, AnalysisStore store, String toolVersion, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /** An analysis just made and kept: its summary (with its id), its report, and that report as kept (JSON). */
    public record Received(AnalysisSummary summary, Report report, String reportJson) {
    }

    /** Analyses a host's facts ({@code factsJson}: the document as it will be kept), compares it with the host's last analysis and keeps it. */
    public Received receive(HostFacts facts, String factsJson, String input, String language)
            throws RulesUnavailableException, RuleFailureException, StoreException {
        LiveRules.Loaded loaded = rules.current();
        Instant now = clock.instant();
        String host = facts.document().server() == null ? null : facts.document().server().name();
        Object lock = hostLocks.computeIfAbsent(host == null ? "" : host.toLowerCase(java.util.Locale.ROOT), k -> new Object());
        synchronized (lock) {
            Optional<StoredAnalysis> previous = host == null ? Optional.empty() : store.latestReport(host);
            Baseline baseline = previous.map(p -> baselineOf(p)).orElse(Baseline.none());
            Waivers waivers = new Waivers(loaded.waivers(), LocalDate.ofInstant(now, ZoneOffset.UTC));
            HostPipeline pipeline = new HostPipeline(loaded.advisor(), language, baseline, waivers, (i, f) -> { }, FindingSelection.ALL,
                    now.toString(), loaded.version());
            Instant measuredAt = facts.document().collectedAt() == null ? now : facts.document().collectedAt().toInstant();
            Policy policy = loaded.rules().policy();
            List<Trends.Sample> past = host == null ? List.of() : samples(host, measuredAt.minus(Duration.ofDays(policy.trendWindowDays())), measuredAt);
            Map<String, Double> measured = new HashMap<>();
            Report report = pipeline.analyze(facts, input, set -> {
                measured.putAll(Trends.measure(set));
                List<Trends.Sample> all = new ArrayList<>(past);
                all.add(new Trends.Sample(measuredAt, measured));
                return Trends.forecasts(set, all, policy);
            });
            int fresh = previous.isEmpty() ? report.findings().size()
                    : (int) report.findings().stream().filter(f -> Finding.NEW.equals(f.baseline())).count();
            AnalysisSummary summary = AnalysisSummary.builder()
                    .host(report.host())
                    .receivedAt(now)
                    .collectedAt(facts.document().collectedAt() == null ? null : facts.document().collectedAt().toInstant())
                    .worstSeverity(worst(report))
                    .findings(report.findings().size())
                    .newFindings(fresh)
                    .resolvedFindings(report.resolved().size())
                    .ruleIds(report.findings().stream().map(Finding::ruleId).distinct().toList())
                    .build();
            String reportJson = json.render(report);
            AnalysisSummary kept = store.add(new NewAnalysis(summary, factsJson, reportJson, measured));
            return new Received(kept, report, reportJson);
        }
    }

    /** The latest analysis of every host. */
    public List<AnalysisSummary> hosts() throws StoreException {
        return store.hosts();
    }

    /** A host's analyses, the newest first. */
    public List<AnalysisSummary> history(String host, int limit) throws StoreException {
        return store.history(host, limit);
    }

    /** One kept analysis. */
    public Optional<StoredAnalysis> analysis(long id) throws StoreException {
        return store.find(id);
    }

    /** The trend of each measure of a host over the policy's window, up to its latest analysis. */
    public List<Trend> trends(String host) throws StoreException, RulesUnavailableException {
        Policy policy = rules.current().rules().policy();
        List<AnalysisSummary> latest = store.history(host, 1);
        if (latest.isEmpty()) {
            return List.of();
        }
        AnalysisSummary last = latest.get(0);
        Instant end = last.collectedAt() != null ? last.collectedAt() : last.receivedAt();
        return Trends.of(samples(host, end.minus(Duration.ofDays(policy.trendWindowDays())), end), policy);
    }

    /** The measures of a host's analyses collected from {@code since} up to {@code until}, oldest first. */
    private List<Trends.Sample> samples(String host, Instant since, Instant until) throws StoreException {
        return store.measures(host, since).stream()
                .filter(m -> !m.at().isAfter(until))
                .map(m -> new Trends.Sample(m.at(), m.values()))
                .toList();
    }

    /** The answer to pasted errors, by the rules in force. */
    public Explanation explain(List<String> pasted, String language) throws RulesUnavailableException, RuleFailureException {
        return new Explainer(rules.current().advisor()).explain(pasted, language, toolVersion);
    }

    /** The rules in force. */
    public LiveRules.Loaded rules() throws RulesUnavailableException {
        return rules.current();
    }

    /** The worst severity among the findings, or null when there are none. */
    static String worst(Report report) {
        for (String severity : Report.SEVERITIES) {
            if (report.findings().stream().anyMatch(f -> severity.equals(f.severity()))) {
                return severity;
            }
        }
        return null;
    }

    /** The previous report as a baseline; a report this version cannot read (another schema) is no baseline. */
    private static Baseline baselineOf(StoredAnalysis previous) {
        try {
            return Baseline.read("analysis " + previous.summary().id(), new ByteArrayInputStream(previous.report().getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidBaselineException e) {
            return Baseline.none();
        }
    }
}
