package org.mabsadvisor.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaivedFinding;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a report as SARIF 2.1.0 for code-scanning dashboards: one run of mabs-advisor, a rule
 * descriptor (title, actions as help, reference link) per catalogue row that fired, one result per
 * finding located in the facts file and at the JSON Pointers of its evidence, and the checks that
 * could not run as notifications of the invocation.
 */
public final class SarifReport implements ReportWriter {

    /** Where the SARIF 2.1.0 schema is published; written as the log's {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * The tool's home, for {@code tool.driver.informationUri}: the article whose documented problems
     * the rules are, since the tool has no public page of its own.
     */
    public static final String INFORMATION_URI = "https://learn.microsoft.com/azure/backup/backup-azure-mabs-troubleshoot";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String render(Report report) {
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.putArray("runs").add(run(List.of(report)));
        try {
            return mapper.writeValueAsString(log) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as SARIF", e);
        }
    }

    /** One run over the reports of one or more hosts: rules are shared, results say which host. */
    private ObjectNode run(List<Report> reports) {
        Map<String, Finding> rules = new LinkedHashMap<>();
        reports.forEach(r -> everyFinding(r).forEach(f -> rules.putIfAbsent(f.ruleId(), f)));
        List<String> ruleIds = new ArrayList<>(rules.keySet());

        ObjectNode run = mapper.createObjectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver(driver, reports.get(0).tool());
        ArrayNode descriptors = driver.putArray("rules");
        rules.forEach((id, f) -> descriptors.add(rule(f, Labels.of(reports.get(0).language()))));

        ArrayNode invocations = run.putArray("invocations");
        ObjectNode invocation = invocations.addObject();
        invocation.put("executionSuccessful", true);
        if (reports.size() == 1 && reports.get(0).analysedAt() != null) {
            invocation.put("startTimeUtc", reports.get(0).analysedAt());
        }
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        ArrayNode results = run.putArray("results");
        for (Report report : reports) {
            notifications.addAll(notifications(report));
            results.addAll(results(report, f -> ruleIds.indexOf(f.ruleId())));
        }
        run.put("columnKind", COLUMN_KIND);
        return run;
    }

    /** Regions count columns as Java strings do (SourceRegions reads the file as text). */
    static final String COLUMN_KIND = "utf16CodeUnits";

    /** The driver's name, version and home. */
    static void driver(ObjectNode driver, Report.Tool tool) {
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        driver.put("informationUri", INFORMATION_URI);
        if (tool.rules() != null) {
            driver.putObject("properties").put("rulesVersion", tool.rules());
        }
    }

    /** The findings of a report, active and waived: each has a rule descriptor. */
    static List<Finding> everyFinding(Report report) {
        List<Finding> all = new ArrayList<>(report.findings());
        report.waived().forEach(w -> all.add(w.finding()));
        return all;
    }

    /** The results of one host: its findings, then those waivers accept, as results suppressed with the waiver's justification. */
    List<ObjectNode> results(Report report, ToIntFunction<Finding> ruleIndex) {
        List<ObjectNode> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(result(report, f, ruleIndex.applyAsInt(f)));
        }
        for (WaivedFinding w : report.waived()) {
            ObjectNode result = result(report, w.finding(), ruleIndex.applyAsInt(w.finding()));
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", w.waiver().justification());
            ObjectNode properties = suppression.putObject("properties");
            properties.put("owner", w.waiver().owner());
            properties.put("expires", w.waiver().expires().toString());
            properties.put("waiver", w.waiver().source());
            out.add(result);
        }
        return out;
    }

    /** The notifications of one host: the checks that could not run (notes) and the waiver warnings. */
    List<ObjectNode> notifications(Report report) {
        Labels words = Labels.of(report.language());
        List<ObjectNode> out = new ArrayList<>();
        for (NotChecked n : report.notChecked()) {
            ObjectNode note = mapper.createObjectNode();
            note.put("level", "note");
            note.putObject("message").put("text", report.host() + ": [" + n.ruleId() + "] " + n.title() + ": "
                    + words.notChecked() + " (" + words.needs() + words.colon() + " " + String.join(", ", n.missingFacts()) + ")");
            note.putObject("associatedRule").put("id", n.ruleId());
            out.add(note);
        }
        for (WaiverNotice n : report.waiverNotices()) {
            out.add(waiverNotification(report.host() + ": " + n.message(), n));
        }
        return out;
    }

    /** A warning about a waiver, naming the rule it is for. */
    ObjectNode waiverNotification(String text, WaiverNotice n) {
        ObjectNode note = mapper.createObjectNode();
        note.put("level", "warning");
        note.putObject("message").put("text", text);
        note.putObject("associatedRule").put("id", n.waiver().rule());
        return note;
    }

    ObjectNode rule(Finding f, Labels words) {
        ObjectNode rule = mapper.createObjectNode();
        rule.put("id", f.ruleId());
        rule.putObject("shortDescription").put("text", f.title());
        // Required by GitHub code scanning (GH2012): the title with where the problem is documented.
        rule.putObject("fullDescription").put("text", f.title() + (f.section() != null
                ? " (" + words.reference() + words.colon() + " " + f.section() + ")" : f.reference() != null ? " (" + f.reference() + ")" : ""));
        if (WebAddress.isWeb(f.reference())) {
            rule.put("helpUri", f.reference());
        }
        ObjectNode help = rule.putObject("help");
        help.put("text", helpText(f, words));
        help.put("markdown", helpMarkdown(f, words));
        rule.putObject("defaultConfiguration").put("level", level(f.severity()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("severity", f.severity());
        String score = securitySeverity(f.severity());
        if (score != null) {
            properties.put("security-severity", score);
        }
        if (f.section() != null) {
            properties.put("section", f.section());
        }
        ArrayNode tags = properties.putArray("tags").add("mabs");
        if (score != null) {
            // GitHub shows a security-severity only for rules tagged security.
            tags.add("security");
        }
        if (f.section() != null) {
            tags.add(f.section());
        }
        return rule;
    }

    private ObjectNode result(Report report, Finding f, int ruleIndex) {
        ObjectNode result = mapper.createObjectNode();
        result.put("ruleId", f.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("kind", "fail");
        result.put("level", level(f.severity()));
        if (f.baseline() != null) {
            result.put("baselineState", f.baseline());
        }
        result.putObject("message").put("text", f.title() + ": "
                + f.evidence().stream().map(Evidence::text).collect(Collectors.joining(" / ")));
        ObjectNode location = result.putArray("locations").addObject();
        SourceRegions.Source source = SourceRegions.source(report.input());
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(source.file()));
        Set<String> pointers = new LinkedHashSet<>();
        f.evidence().forEach(e -> e.facts().forEach(fact -> pointers.add(fact.pointer())));
        // The first evidence found in the file locates the result; without one, the document's first line.
        Map<String, SourceRegions.Region> regions = SourceRegions.locate(report.input(), pointers);
        SourceRegions.Region at = pointers.stream().map(regions::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(new SourceRegions.Region(source.firstLine(), 1));
        physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
        if (!pointers.isEmpty()) {
            ArrayNode logical = location.putArray("logicalLocations");
            pointers.forEach(p -> logical.addObject().put("fullyQualifiedName", p).put("kind", "object"));
        }
        // Stable across runs: the same problem on the same host is the same alert.
        result.putObject("partialFingerprints").put("mabsAdvisorFinding/v1", report.host() + "|" + f.ruleId());
        ObjectNode properties = result.putObject("properties");
        properties.put("host", report.host());
        if (report.collectedAt() != null) {
            properties.put("collectedAt", report.collectedAt());
        }
        if (report.analysedAt() != null) {
            properties.put("analysedAt", report.analysedAt());
        }
        properties.put("severity", f.severity());
        properties.put("certainty", f.certainty());
        ArrayNode evidence = properties.putArray("evidence");
        f.evidence().forEach(e -> evidence.addObject().put("ruleId", e.ruleId()).put("trigger", e.trigger()).put("text", e.text()));
        report.causes().stream().filter(c -> c.findings().contains(f.ruleId()))
                .forEach(c -> properties.withArray("rootCauses").add(c.title()));
        return result;
    }

    private static String helpText(Finding f, Labels words) {
        StringBuilder out = new StringBuilder(f.title()).append("\n\n").append(words.actions()).append(words.colon()).append('\n');
        int n = 1;
        for (Action a : f.actions()) {
            if (a.isChoice()) {
                out.append(n++).append(". ").append(a.text() != null ? a.text() : words.oneOf()).append('\n');
                char letter = 'a';
                for (Action alt : a.alternatives()) {
                    out.append("   ").append(letter++).append(") ").append(step(alt)).append('\n');
                }
            } else {
                out.append(n++).append(". ").append(step(a)).append('\n');
            }
        }
        if (f.reference() != null) {
            out.append('\n').append(words.reference()).append(words.colon()).append(' ').append(f.reference()).append('\n');
        }
        return out.toString();
    }

    private static String step(Action a) {
        return (a.text() == null ? "" : a.text()) + (a.command() == null ? "" : "\n      > " + a.command());
    }

    private static String helpMarkdown(Finding f, Labels words) {
        StringBuilder out = new StringBuilder("**").append(Markdown.escape(f.title())).append("**\n\n");
        out.append(MarkdownReport.actions(f.actions(), words, ""));
        if (f.reference() != null) {
            out.append('\n').append(Markdown.escape(words.reference())).append(words.colon()).append(' ')
                    .append(MarkdownReport.link(f.section() != null ? f.section() : f.reference(), f.reference())).append('\n');
        }
        return out.toString();
    }

    /** SARIF has three levels: critical and high findings are errors, medium ones warnings, the rest notes. */
    static String level(String severity) {
        return switch (severity) {
            case "critical", "high" -> "error";
            case "medium" -> "warning";
            default -> "note";
        };
    }

    /**
     * GitHub's security-severity score of a severity: its scale reads above 9.0 as critical, 7.0 to
     * 8.9 high, 4.0 to 6.9 medium and 0.1 to 3.9 low; each of ours takes a value inside its band, away
     * from the edges so that no rounding moves it to the next. An info finding is no problem: it gets
     * none, and stays a note.
     */
    static String securitySeverity(String severity) {
        return switch (severity) {
            case "critical" -> "9.5";
            case "high" -> "8.0";
            case "medium" -> "5.5";
            case "low" -> "3.0";
            default -> null;
        };
    }

    /** The facts file as a URI reference: relative paths stay relative, with forward slashes and escapes. */
    static String uri(String input) {
        try {
            Path path = Path.of(input);
            if (path.isAbsolute()) {
                return path.toUri().toASCIIString();
            }
            String relative = input.replace('\\', '/');
            // A colon in the first segment would read as a URI scheme.
            if (relative.split("/", 2)[0].contains(":")) {
                relative = "./" + relative;
            }
            return new URI(null, null, relative, null).toASCIIString();
        } catch (InvalidPathException | URISyntaxException e) {
            return "input";
        }
    }
}
