package org.mabsadvisor.ruletest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.Forecast;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.trends.Measure;
import org.mabsadvisor.trends.Trends;

/**
 * Runs the rule test cases of {@code *.tests.yaml} files against a rule set: the same format for
 * built-in and site rules, so that administrators test their rules the way the project does.
 */
public final class RuleTests {

    /** Suffix of a rule test file. */
    public static final String SUFFIX = ".tests.yaml";

    private final Advisor advisor;
    private final FactsLoader loader = new FactsLoader();
    private final ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    public RuleTests(Advisor advisor) {
        this.advisor = advisor;
    }

    /** Every test file under the folders, sorted. */
    public static List<Path> testFiles(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                // A loop of links holds no test file of its own; the compiler reports it.
                files.addAll(org.mabsadvisor.input.InputFiles.filesUnder(folder, SUFFIX, (p, e) -> { }));
            }
        }
        return files;
    }

    /** Reads a test file; a file that cannot be read becomes one failed result. */
    public List<RuleTestResult> run(Path file) {
        RuleTestFile suite;
        try {
            suite = yaml.readValue(file.toFile(), RuleTestFile.class);
        } catch (IOException e) {
            return List.of(failed(file, "(file)", "cannot be read: " + e.getMessage()));
        }
        List<RuleTestResult> results = new ArrayList<>();
        if (suite == null || suite.cases().isEmpty()) {
            return List.of(failed(file, "(file)", "has no test case"));
        }
        for (RuleTestCase c : suite.cases()) {
            results.add(run(file, suite, c));
        }
        return results;
    }

    private RuleTestResult run(Path file, RuleTestFile suite, RuleTestCase c) {
        String name = c.name() != null ? c.name() : "(unnamed case)";
        try {
            JsonNode doc = document(file, suite, c);
            byte[] bytes = json.writeValueAsBytes(doc);
            FactsDocument parsed = loader.parse(file + " [" + name + "]", bytes);
            FactSet facts = FactSet.of(parsed);
            if (!c.history().isEmpty()) {
                facts = facts.withForecasts(forecasts(facts, parsed, c));
            }
            Report report = advisor.analyze(facts, file.toString(), "en", f -> { });
            TreeSet<String> fired = new TreeSet<>();
            for (Finding f : report.findings()) {
                f.evidence().forEach(e -> fired.add(e.ruleId()));
            }
            for (Report.Cause cause : report.causes()) {
                cause.evidence().forEach(e -> fired.add(e.ruleId()));
            }
            List<String> failures = new ArrayList<>();
            for (String id : c.fires()) {
                if (!fired.contains(id)) {
                    failures.add("expected " + id + " to fire; fired: " + (fired.isEmpty() ? "nothing" : String.join(", ", fired)));
                }
            }
            for (String id : c.notFires()) {
                if (fired.contains(id)) {
                    failures.add("expected " + id + " not to fire, but it did");
                }
            }
            if (c.fires().isEmpty() && c.notFires().isEmpty()) {
                failures.add("the case expects nothing: give fires or notFires");
            }
            return new RuleTestResult(file.toString(), name, failures.isEmpty(), failures, List.copyOf(fired), c.fires(), c.notFires());
        } catch (InvalidFactsException e) {
            return failed(file, name, "its facts are not valid: " + e.problems().get(0));
        } catch (RuleFailureException e) {
            return failed(file, name, "the rules failed: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return failed(file, name, e.getMessage());
        }
    }

    /** The forecasts the server would make of these facts after the case's history of measures. */
    private List<Forecast> forecasts(FactSet facts, FactsDocument doc, RuleTestCase c) {
        if (doc.collectedAt() == null) {
            throw new IllegalArgumentException("history needs the facts' collectedAt, to place the earlier analyses");
        }
        Instant now = doc.collectedAt().toInstant();
        List<Trends.Sample> samples = new ArrayList<>();
        for (Map<String, Double> earlier : c.history()) {
            Map<String, Double> values = new HashMap<>(earlier);
            Double daysBefore = values.remove("daysBefore");
            if (daysBefore == null || daysBefore <= 0) {
                throw new IllegalArgumentException("each history entry needs daysBefore, a number of days above 0");
            }
            for (String measure : values.keySet()) {
                if (Measure.named(measure) == null) {
                    throw new IllegalArgumentException("history: no measure is named " + measure + " (the measures: "
                            + java.util.Arrays.stream(Measure.values()).map(Measure::key).toList() + ")");
                }
            }
            samples.add(new Trends.Sample(now.minusSeconds(Math.round(daysBefore * 86_400)), values));
        }
        samples.sort(java.util.Comparator.comparing(Trends.Sample::at));
        samples.add(new Trends.Sample(now, Trends.measure(facts)));
        return Trends.forecasts(facts, samples, advisor.policy());
    }

    private JsonNode document(Path file, RuleTestFile suite, RuleTestCase c) throws IOException {
        JsonNode doc;
        if (c.facts() != null) {
            doc = c.facts().deepCopy();
        } else {
            String base = c.base() != null ? c.base() : suite.base();
            if (base == null) {
                throw new IllegalArgumentException("no facts: give facts, or base (here or at the top of the file)");
            }
            Path sample = file.toAbsolutePath().getParent().resolve(base).normalize();
            doc = json.readTree(Files.readAllBytes(sample));
        }
        for (var change : c.set().entrySet()) {
            set(doc, change.getKey(), change.getValue());
        }
        for (String pointer : c.remove()) {
            remove(doc, pointer);
        }
        return doc;
    }

    private static void set(JsonNode doc, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if (last.equals("-")) {
                a.add(value);
            } else {
                a.set(index(pointer, last, a.size() - 1), value);
            }
        } else {
            throw new IllegalArgumentException("set " + pointer + ": no object or list at " + p.head());
        }
    }

    private static void remove(JsonNode doc, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(pointer, last, a.size() - 1));
        } else {
            throw new IllegalArgumentException("remove " + pointer + ": nothing there");
        }
    }

    private static int index(String pointer, String segment, int max) {
        try {
            int i = Integer.parseInt(segment);
            if (i >= 0 && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(pointer + ": no list item " + segment);
    }

    private static RuleTestResult failed(Path file, String name, String why) {
        return new RuleTestResult(file.toString(), name, false, List.of(why), List.of(), List.of(), List.of());
    }
}
