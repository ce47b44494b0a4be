package org.mabsadvisor.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.ResolvedFinding;
import org.mabsadvisor.input.InputFiles;

/**
 * The findings of an earlier JSON report (of one host, or a fleet document), by host and catalogue
 * row, to mark this run's findings as new or unchanged and to list those resolved since. Hosts are
 * compared without regard to case, as Windows names them. Only what marking needs is kept: the
 * row, severity, section, title and reference of each finding, never the whole reports.
 */
public final class Baseline {

    /** A fleet report of many thousand hosts; the file is streamed, this only stops an endless one. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final Baseline NONE = new Baseline(null);

    /**
     * By host name, the reports of that name: one, except when a fleet held two inputs for one
     * name (a copy, a renamed server); those are told apart by their input's file name.
     */
    private final Map<String, List<HostRows>> byHost;

    /** The findings of one host's report, and the file name of the input it was made from. */
    private record HostRows(String input, Map<String, ResolvedFinding> rows) {
    }

    private Baseline(Map<String, List<HostRows>> byHost) {
        this.byHost = byHost;
    }

    /** No baseline: findings are not marked. */
    public static Baseline none() {
        return NONE;
    }

    /** Reads a report written by {@code analyze --format json}, single or fleet, as a stream: a fleet's hosts one at a time. */
    public static Baseline load(Path file) throws InvalidBaselineException {
        String name = file.toString();
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return read(name, in);
        } catch (NoSuchFileException e) {
            throw problem(name, null, "no such file");
        } catch (IOException e) {
            throw problem(name, null, InputFiles.reason(e));
        }
    }

    /** Reads a JSON report from a stream that messages call {@code name}: a report kept by the server, say. */
    public static Baseline read(String name, InputStream in) throws InvalidBaselineException {
        Map<String, List<HostRows>> byHost = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(name, p.currentTokenLocation(), "expected a JSON report of mabs-advisor (an object)");
            }
            Map<String, JsonNode> single = new LinkedHashMap<>();
            boolean fleet = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("hosts") && value == JsonToken.START_ARRAY) {
                    fleet = true;
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        add(byHost, mapper.readTree(p), name, "/hosts/" + i++, at);
                    }
                } else if (field.equals("schemaVersion")) {
                    JsonLocation at = p.currentTokenLocation();
                    String version = p.getValueAsString();
                    if (!Report.SCHEMA_VERSION.equals(version)) {
                        // A report of another format may mean other things by the same fields: better refused than misread.
                        throw problem(name, at, "/schemaVersion", "schema version " + (version == null ? p.currentToken() : "\"" + version + "\"")
                                + " is not known to this version of mabs-advisor (it reads reports of schema version " + Report.SCHEMA_VERSION + ")");
                    }
                } else if (field.equals("host") || field.equals("findings") || field.equals("waived") || field.equals("input")) {
                    single.put(field, mapper.readTree(p));
                } else {
                    p.skipChildren();
                }
            }
            if (!fleet) {
                if (!single.containsKey("host") || !single.containsKey("findings")) {
                    throw problem(name, null, "is not a JSON report of mabs-advisor: it has neither 'host' and 'findings' nor 'hosts'");
                }
                add(byHost, mapper.valueToTree(single), name, "", null);
            }
        } catch (JsonProcessingException e) {
            throw problem(name, e.getLocation(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(name, null, InputFiles.reason(e));
        }
        return new Baseline(byHost);
    }

    /** The report with each finding marked new or unchanged, and the baseline's findings of this host it no longer has. */
    public Report compare(Report report) {
        if (byHost == null) {
            return report;
        }
        Map<String, ResolvedFinding> before = rowsOf(report);
        if (before == null) {
            // Several hosts of this name in the baseline, none from this input: no finding is called
            // resolved or unchanged on the strength of another server's report; all count as new.
            List<Finding> marked = report.findings().stream().map(f -> f.withBaseline(Finding.NEW)).toList();
            return report.comparedWith(marked, List.of());
        }
        List<Finding> marked = new ArrayList<>();
        Map<String, ResolvedFinding> gone = new LinkedHashMap<>(before);
        for (Finding f : report.findings()) {
            marked.add(f.withBaseline(before.containsKey(f.ruleId()) ? Finding.UNCHANGED : Finding.NEW));
            gone.remove(f.ruleId());
        }
        return report.comparedWith(marked, List.copyOf(gone.values()));
    }

    /**
     * The baseline's findings for this report's host: those of the one report of that name, or,
     * when there are several, of the one made from an input of the same file name; null when
     * several are and none matches.
     */
    private Map<String, ResolvedFinding> rowsOf(Report report) {
        List<HostRows> named = byHost.get(key(report.host()));
        if (named == null) {
            return Map.of();
        }
        if (named.size() == 1) {
            return named.get(0).rows();
        }
        String input = fileName(report.input());
        return named.stream().filter(h -> h.input().equals(input)).map(HostRows::rows).findFirst().orElse(null);
    }

    /** True when the baseline holds several reports of this host name (see {@link #compare}). */
    public boolean isAmbiguous(String host) {
        return byHost != null && byHost.getOrDefault(key(host), List.of()).size() > 1;
    }

    private static String fileName(String input) {
        if (input == null) {
            return "";
        }
        String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
        return name.toLowerCase(Locale.ROOT);
    }

    /** Keeps the findings (active and waived) of one host's report. */
    private static void add(Map<String, List<HostRows>> byHost, JsonNode report, String file, String pointer, JsonLocation at)
            throws InvalidBaselineException {
        JsonNode host = report.get("host");
        JsonNode findings = report.get("findings");
        if (host == null || !host.isTextual() || findings == null || !findings.isArray()) {
            throw problem(file, at, pointer, "is not the report of a host: it needs a 'host' text and a 'findings' list");
        }
        String input = fileName(report.path("input").asText(""));
        List<HostRows> named = byHost.computeIfAbsent(key(host.asText()), k -> new ArrayList<>(1));
        Map<String, ResolvedFinding> rows = named.stream().filter(h -> h.input().equals(input)).map(HostRows::rows).findFirst().orElse(null);
        if (rows == null) {
            rows = new LinkedHashMap<>();
            named.add(new HostRows(input, rows));
        }
        List<JsonNode> all = new ArrayList<>();
        findings.forEach(all::add);
        JsonNode waived = report.get("waived");
        if (waived != null && waived.isArray()) {
            waived.forEach(w -> all.add(w.path("finding")));
        }
        for (JsonNode f : all) {
            String ruleId = f.path("ruleId").asText(null);
            if (ruleId == null || ruleId.isEmpty()) {
                throw problem(file, at, pointer, "a finding of host " + host.asText() + " has no 'ruleId'");
            }
            rows.putIfAbsent(ruleId, new ResolvedFinding(ruleId, f.path("severity").asText(""), f.path("section").asText(null),
                    f.path("title").asText(""), f.path("reference").asText(null)));
        }
    }

    private static String key(String host) {
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private static InvalidBaselineException problem(String file, JsonLocation at, String message) {
        return problem(file, at, "", message);
    }

    private static InvalidBaselineException problem(String file, JsonLocation at, String pointer, String message) {
        return new InvalidBaselineException(List.of(new InputProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                pointer, message)));
    }
}
