package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mabsadvisor.testing.Project;

/**
 * Runs the command line on every sample of facts-samples/ in both formats and checks the exact set
 * of rule ids and the exit code recorded in facts-samples/expected/.
 */
class SamplesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    /** What a sample must yield. */
    record Expected(List<String> ruleIds, int exitCode) {
    }

    @TestFactory
    Stream<DynamicTest> everySampleYieldsItsExpectedFindings() throws IOException {
        List<Path> samples;
        try (Stream<Path> list = Files.list(Project.samples())) {
            samples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(samples.size() >= 1, "no sample found");
        return samples.stream().flatMap(sample -> Stream.of(
                DynamicTest.dynamicTest(sample.getFileName() + " as JSON", () -> checkJson(sample)),
                DynamicTest.dynamicTest(sample.getFileName() + " as text", () -> checkText(sample))));
    }

    private static Expected expected(Path sample) throws IOException {
        String name = sample.getFileName().toString().replaceFirst("\\.json$", ".yaml");
        Path file = sample.resolveSibling("expected").resolve(name);
        assertTrue(Files.exists(file), "no expectations for " + sample.getFileName() + " in facts-samples/expected/" + name);
        return YAML.readValue(file.toFile(), Expected.class);
    }

    private static void checkJson(Path sample) throws IOException {
        Expected expected = expected(sample);
        CliRun run = CliRun.of("analyze", "--format", "json", "--lang", "en", sample.toString());
        assertEquals(expected.exitCode(), run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        TreeSet<String> fired = new TreeSet<>();
        for (String list : List.of("findings", "causes")) {
            for (JsonNode entry : report.get(list)) {
                for (JsonNode evidence : entry.get("evidence")) {
                    fired.add(evidence.get("ruleId").asText());
                }
            }
        }
        assertEquals(new TreeSet<>(expected.ruleIds()), fired);
        assertEquals(0, report.get("notChecked").size(), "samples are complete: nothing should be left unchecked");
    }

    /** The finding each built-in rule's firings belong to: its own, or that of the rule it is @of. */
    private static java.util.Map<String, String> findingOf() throws Exception {
        java.util.Map<String, String> of = new java.util.HashMap<>();
        org.mabsadvisor.findings.RuleSet.load(org.mabsadvisor.testing.Project.builtInRules(), List.of(), null).rules().rules()
                .forEach(r -> of.put(r.id(), r.findingId()));
        return of;
    }

    private static void checkText(Path sample) throws Exception {
        Expected expected = expected(sample);
        java.util.Map<String, String> findingOf = findingOf();
        for (String lang : List.of("en", "fr")) {
            CliRun run = CliRun.of("analyze", "--lang", lang, "--no-color", sample.toString());
            assertEquals(expected.exitCode(), run.exitCode(), run.err());
            for (String id : expected.ruleIds().stream().filter(id -> !id.startsWith("CAUSE-")).toList()) {
                String finding = findingOf.get(id);
                assertTrue(run.out().contains("[" + finding + "]"), lang + " text report lacks " + finding + ":\n" + run.out());
            }
            assertTrue(!run.out().contains("{$"), lang + " text report has an unfilled placeholder:\n" + run.out());
        }
    }
}
