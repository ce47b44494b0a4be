package org.mabsadvisor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.Explainer;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.report.Explanation;
import org.mabsadvisor.report.Report;

/** Real reports of the samples, from the built-in rules compiled once: the material of the format tests. */
public final class SampleReports {
    private final Advisor advisor;
    private final FactsLoader loader = new FactsLoader();

    public SampleReports() throws Exception {
        RuleSet rules = RuleSet.load(Project.builtInRules(), List.of(), null);
        this.advisor = new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, "test");
    }

    /** Every facts file of facts-samples/, sorted. */
    public static List<Path> samples() throws IOException {
        try (Stream<Path> list = Files.list(Project.samples())) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Every facts file of facts-samples/, then every collector bundle of facts-samples/bundles/, sorted. */
    public static List<Path> samplesAndBundles() throws IOException {
        List<Path> found = new java.util.ArrayList<>(samples());
        try (Stream<Path> bundles = Files.list(Project.samples().resolve("bundles"))) {
            bundles.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().forEach(found::add);
        }
        return found;
    }

    /** The report of a facts file, as analyze writes it. */
    public Report of(Path facts, String language) throws Exception {
        return advisor.analyze(FactSet.of(loader.load(facts)), facts.toString(), language, f -> { });
    }

    /** The report of facts given as JSON text; {@code name} is what the report calls the input. */
    public Report of(String name, String json, String language) throws Exception {
        return advisor.analyze(FactSet.of(loader.parse(name, json.getBytes(StandardCharsets.UTF_8))), name, language, f -> { });
    }

    /** A server of which only the name was collected: every check is "not checked". */
    public Report nothingCollected(String language) throws Exception {
        return of("bare.json", "{\"schemaVersion\": \"1\", \"server\": {\"name\": \"BARE01\"}}", language);
    }

    /** What explain says of a pasted error. */
    public Explanation explained(String error, String language) throws Exception {
        return new Explainer(advisor).explain(List.of(error), language, "test");
    }
}
