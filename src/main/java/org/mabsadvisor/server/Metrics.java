package org.mabsadvisor.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The server's counters, written in the Prometheus text format: requests by route and status, and their time. */
final class Metrics {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** One answered request of {@code route} (its pattern, never the raw path) with its status and time. */
    void request(String method, String route, int status, long elapsedNanos) {
        String labels = "method=\"" + method + "\",route=\"" + escaped(route) + "\"";
        requests.computeIfAbsent(labels + ",status=\"" + status + "\"", k -> new LongAdder()).increment();
        nanos.computeIfAbsent(labels, k -> new LongAdder()).add(elapsedNanos);
        counts.computeIfAbsent(labels, k -> new LongAdder()).increment();
    }

    /** The text of GET /metrics, with the gauges given by the caller. */
    String text(long analysesKept, long ruleLoads) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP mabs_advisor_http_requests_total HTTP requests answered, by route and status.\n");
        out.append("# TYPE mabs_advisor_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> out.append("mabs_advisor_http_requests_total{").append(k).append("} ").append(v.sum()).append('\n'));
        out.append("# HELP mabs_advisor_http_request_seconds Time spent answering, by route.\n");
        out.append("# TYPE mabs_advisor_http_request_seconds summary\n");
        new TreeMap<>(nanos).forEach((k, v) -> {
            out.append("mabs_advisor_http_request_seconds_sum{").append(k).append("} ").append(v.sum() / 1e9).append('\n');
            out.append("mabs_advisor_http_request_seconds_count{").append(k).append("} ").append(counts.get(k).sum()).append('\n');
        });
        out.append("# HELP mabs_advisor_analyses_kept Analyses in the store.\n");
        out.append("# TYPE mabs_advisor_analyses_kept gauge\n");
        out.append("mabs_advisor_analyses_kept ").append(analysesKept).append('\n');
        out.append("# HELP mabs_advisor_rule_loads_total Times the rules were loaded (at start and after a change of their files).\n");
        out.append("# TYPE mabs_advisor_rule_loads_total counter\n");
        out.append("mabs_advisor_rule_loads_total ").append(ruleLoads).append('\n');
        return out.toString();
    }

    private static String escaped(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
