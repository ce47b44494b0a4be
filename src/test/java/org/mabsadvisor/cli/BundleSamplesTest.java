package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.Zips;

/**
 * Runs analyze on every sample bundle of facts-samples/bundles/, as the folder and as a zip, and
 * checks the rule ids, the exit code, the collection problems and, where the same server has
 * hand-written facts, that both give the same findings (facts-samples/bundles/expected/).
 */
class BundleSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    /** What a bundle must yield. */
    record Expected(List<String> ruleIds, int exitCode, String sameFindingsAs, List<String> collectionProblems) {
    }

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyBundleYieldsItsExpectedFindings() throws IOException {
        List<Path> bundles;
        try (Stream<Path> list = Files.list(Project.bundles())) {
            bundles = list.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
        assertTrue(bundles.size() >= 4, "expected the sample bundles in " + Project.bundles());
        return bundles.stream().flatMap(b -> Stream.of(
                DynamicTest.dynamicTest(b.getFileName() + " as a folder", () -> check(b, b)),
                DynamicTest.dynamicTest(b.getFileName() + " as a zip", () -> check(b, Zips.zip(b, temp.resolve(b.getFileName() + ".zip"), ""))),
                DynamicTest.dynamicTest(b.getFileName() + " as text", () -> checkText(b))));
    }

    /** The done-when of the collector: a French server's bundle gives the findings of its hand-written facts. */
    @Test
    void aFrenchServersBundleGivesTheSameFindingsAsItsHandWrittenFacts() throws IOException {
        Path bundle = Project.bundles().resolve("vault-credentials-invalid");
        assertEquals("fr-FR", JSON.readTree(bundle.resolve("manifest.json").toFile()).get("uiCulture").asText());
        TreeSet<String> fromBundle = ruleIds(run(bundle.toString()));
        TreeSet<String> fromFacts = ruleIds(run(Project.samples().resolve("vault-credentials-invalid.json").toString()));
        assertEquals(fromFacts, fromBundle);
        assertTrue(fromBundle.contains("VC-01") && fromBundle.contains("VC-02"), fromBundle.toString());
    }

    /**
     * SCHED-03 read from a bundle: the healthy server's jobs are all enabled; the same bundle whose
     * sql-agent-jobs output has the job of a live schedule disabled fires it on that job; and where the
     * query failed the section stays absent and SCHED-03 is listed as not checked.
     */
    @Test
    void sched03IsCheckedFromTheCollectedJobsOfTheLiveSchedules() throws IOException {
        Path healthy = Project.bundles().resolve("healthy");
        JsonNode enabled = JSON.readTree(run(healthy.toString()).out());
        assertFalse(ruleIds(enabled).contains("SCHED-03"));
        assertFalse(notChecked(enabled).contains("SCHED-03"), "the bundle gives the jobs: SCHED-03 is checked");

        Path disabled = copyOf(healthy, "disabled-job");
        Files.writeString(disabled.resolve("sql-agent-jobs.json"), """
                [
                    {
                        "ScheduleId":  "1bd305ae-f158-4948-93f8-e935103b168f",
                        "JobFound":  1,
                        "JobEnabled":  1
                    },
                    {
                        "ScheduleId":  "1e53fd39-0339-4d41-96ec-89fdf587f1e5",
                        "JobFound":  1,
                        "JobEnabled":  0
                    },
                    {
                        "ScheduleId":  "9a6c2f1e-44b7-4d0a-8f5e-2c71b3d08e94",
                        "JobFound":  0,
                        "JobEnabled":  0
                    }
                ]
                """);
        JsonNode report = JSON.readTree(run(disabled.toString()).out());
        assertEquals(new TreeSet<>(List.of("SCHED-03")), ruleIds(report));
        String evidence = report.get("findings").get(0).get("evidence").toString();
        assertTrue(evidence.contains("1e53fd39-0339-4d41-96ec-89fdf587f1e5"), "the disabled job is named: " + evidence);
        assertFalse(evidence.contains("1bd305ae-f158-4948-93f8-e935103b168f") || evidence.contains("9a6c2f1e-44b7-4d0a-8f5e-2c71b3d08e94"),
                "neither the enabled job nor the schedule without a job: " + evidence);

        Path failed = copyOf(healthy, "failed-query");
        Files.delete(failed.resolve("sql-agent-jobs.json"));
        String manifest = Files.readString(failed.resolve("manifest.json"));
        String ran = "\"spec\": \"sql-agent-jobs\",\n      \"output\": \"sql-agent-jobs.json\",\n      \"exitCode\": 0,";
        assertTrue(manifest.contains(ran), manifest);
        Files.writeString(failed.resolve("manifest.json"), manifest.replace(ran, "\"spec\": \"sql-agent-jobs\",\n      \"output\": null,\n"
                + "      \"error\": \"The SELECT permission was denied on the object 'sysjobs', database 'msdb', schema 'dbo'.\",\n      \"exitCode\": 1,"));
        JsonNode unknown = JSON.readTree(run(failed.toString()).out());
        assertFalse(ruleIds(unknown).contains("SCHED-03"));
        assertTrue(notChecked(unknown).contains("SCHED-03"), unknown.toString());
    }

    private Path copyOf(Path bundle, String name) throws IOException {
        Path copy = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static TreeSet<String> notChecked(JsonNode report) {
        TreeSet<String> ids = new TreeSet<>();
        report.get("notChecked").forEach(n -> ids.add(n.get("ruleId").asText()));
        return ids;
    }

    private static Expected expected(Path bundle) throws IOException {
        Path file = Project.bundles().resolve("expected").resolve(bundle.getFileName() + ".yaml");
        assertTrue(Files.exists(file), "no expectations for bundle " + bundle.getFileName() + " in " + file);
        return YAML.readValue(file.toFile(), Expected.class);
    }

    private void check(Path bundle, Path input) throws IOException {
        Expected expected = expected(bundle);
        CliRun run = CliRun.of("analyze", "--format", "json", "--lang", "en", input.toString());
        assertEquals(expected.exitCode(), run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(new TreeSet<>(expected.ruleIds()), ruleIds(run));
        TreeSet<String> problems = new TreeSet<>();
        if (report.has("collection")) {
            report.get("collection").forEach(c -> problems.add(c.get("spec").asText().replaceFirst(" \\(.*\\)$", "")));
        }
        assertEquals(new TreeSet<>(expected.collectionProblems()), problems, run.out());
        if (expected.sameFindingsAs() != null) {
            assertEquals(ruleIds(run(Project.samples().resolve(expected.sameFindingsAs()).toString())), ruleIds(run),
                    "the bundle and " + expected.sameFindingsAs() + " must give the same findings");
        }
    }

    private static void checkText(Path bundle) throws IOException {
        Expected expected = expected(bundle);
        for (String lang : List.of("en", "fr")) {
            CliRun run = CliRun.of("analyze", "--lang", lang, "--no-color", bundle.toString());
            assertEquals(expected.exitCode(), run.exitCode(), run.err());
            for (String id : expected.ruleIds().stream().filter(id -> !id.startsWith("CAUSE-")).toList()) {
                String row = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
                assertTrue(run.out().contains("[" + row + "]"), lang + " text report lacks " + row + ":\n" + run.out());
            }
            for (String spec : expected.collectionProblems()) {
                assertTrue(run.out().contains("\n  " + spec), lang + " text report does not list the collection problem of " + spec + ":\n" + run.out());
            }
        }
    }

    private static CliRun run(String input) {
        return CliRun.of("analyze", "--format", "json", "--lang", "en", input);
    }

    private static TreeSet<String> ruleIds(CliRun run) throws IOException {
        return ruleIds(JSON.readTree(run.out()));
    }

    private static TreeSet<String> ruleIds(JsonNode report) {
        TreeSet<String> fired = new TreeSet<>();
        for (String list : List.of("findings", "causes")) {
            for (JsonNode entry : report.get(list)) {
                for (JsonNode evidence : entry.get("evidence")) {
                    fired.add(evidence.get("ruleId").asText());
                }
            }
        }
        return fired;
    }
}
