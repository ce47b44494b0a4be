package org.mabsadvisor.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.testing.Project;

/**
 * The SARIF of every sample, alone and as a fleet, against what GitHub code scanning requires of
 * an upload: the GitHub rules of the SARIF SDK's validator (Sarif.Multitool, GH1001 to GH1018 and
 * GH2012) and the limits and properties of GitHub's "SARIF support for code scanning" page, checked
 * here in the build instead of at upload time. Inputs are named relative to the project, as a
 * workflow in the repository would name them.
 */
class SarifGitHubRequirementsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(Project.samples())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Project.root().relativize(f).toString()).toList();
        }
    }

    private static JsonNode sarif(List<String> inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", "--lang", "en", "--format", "sarif", "--fail-on", "none"));
        args.addAll(inputs);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void everySampleAloneMeetsGitHubsRequirements() throws Exception {
        for (String sample : samples()) {
            List<String> problems = GitHubSarif.problems(sarif(List.of(sample)));
            assertEquals(List.of(), problems, sample);
        }
    }

    @Test
    void aFleetOfEverySampleMeetsGitHubsRequirements() throws Exception {
        JsonNode log = sarif(samples());
        assertEquals(List.of(), GitHubSarif.problems(log));
        assertTrue(log.get("runs").get(0).get("results").size() > 50, "the fleet has results");
    }

    @Test
    void aResultsRegionIsWhereItsFirstEvidenceIsInTheFactsFile() throws Exception {
        String sample = "facts-samples/vault-credentials-invalid.json";
        JsonNode log = sarif(List.of(sample));
        List<String> lines = Files.readAllLines(Project.root().resolve(sample));
        int checked = 0;
        for (JsonNode result : log.get("runs").get(0).get("results")) {
            JsonNode logical = result.get("locations").get(0).path("logicalLocations");
            JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
            if (logical.isMissingNode() || logical.isEmpty()) {
                continue;
            }
            String pointer = logical.get(0).get("fullyQualifiedName").asText();
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            String line = lines.get(region.get("startLine").asInt() - 1);
            String from = line.substring(region.get("startColumn").asInt() - 1);
            if (last.matches("\\d+")) {
                assertTrue(from.startsWith("{") || from.startsWith("[") || from.startsWith("\"") || Character.isLetterOrDigit(from.charAt(0)),
                        pointer + " is an array item, the region starts at its value: " + line);
            } else {
                // The region is the value of the member the pointer names: its name precedes it on the line.
                String before = line.substring(0, region.get("startColumn").asInt() - 1);
                assertTrue(before.contains("\"" + last + "\""), pointer + " at " + region + ": " + line);
            }
            checked++;
        }
        assertTrue(checked > 0, "some results have evidence in the file");
    }

    @Test
    void severitiesMapToGitHubsSecuritySeverityBands() {
        assertEquals("9.5", SarifReport.securitySeverity("critical"));
        assertEquals("8.0", SarifReport.securitySeverity("high"));
        assertEquals("5.5", SarifReport.securitySeverity("medium"));
        assertEquals("3.0", SarifReport.securitySeverity("low"));
        assertEquals(null, SarifReport.securitySeverity("info"));
    }

    @Test
    void aHostOfAnNdjsonStreamPointsToItsLine() {
        assertEquals(new SourceRegions.Source("fleet/all.ndjson", 12), SourceRegions.source("fleet/all.ndjson:12"));
        assertEquals(new SourceRegions.Source("odd:1.json", 1), SourceRegions.source("odd:1.json"));
        assertEquals(java.util.Map.of(), SourceRegions.locate("facts-samples/bundles/healthy", java.util.Set.of("/server")));
    }

    /** GitHub's requirements of an uploaded SARIF log, as problems found (none when it would be accepted). */
    static final class GitHubSarif {
        // GitHub's documented upload limits (GH1004 reviews arrays past them).
        private static final int MAX_RUNS = 20;
        private static final int MAX_RULES = 25_000;
        private static final int MAX_RESULTS = 25_000;
        private static final int MAX_LOCATIONS = 1_000;
        private static final int MAX_TAGS = 10;

        static List<String> problems(JsonNode log) {
            List<String> p = new ArrayList<>();
            // GH1011: the final 2.1.0 schema; GH1013: version and runs.
            String schema = log.path("$schema").asText();
            check(p, schema.endsWith("sarif-2.1.0.json") || schema.endsWith("sarif-schema-2.1.0.json"), "GH1011 $schema " + schema);
            check(p, "2.1.0".equals(log.path("version").asText()), "GH1013 version");
            check(p, log.path("runs").isArray(), "GH1013 runs");
            check(p, log.path("runs").size() <= MAX_RUNS, "GH1004 runs");
            for (JsonNode run : log.path("runs")) {
                // GH1014: tool and results; GH1018: driver name and rules.
                JsonNode driver = run.path("tool").path("driver");
                check(p, run.path("results").isArray(), "GH1014 results");
                check(p, !driver.path("name").asText().isBlank(), "GH1018 driver.name");
                check(p, driver.path("rules").isArray(), "GH1018 driver.rules");
                check(p, absolute(driver.path("informationUri").asText()), "driver.informationUri");
                check(p, driver.path("rules").size() <= MAX_RULES, "GH1004 rules");
                check(p, run.path("results").size() <= MAX_RESULTS, "GH1004 results");
                String kind = run.path("columnKind").asText("utf16CodeUnits");
                check(p, kind.equals("utf16CodeUnits") || kind.equals("unicodeCodePoints"), "columnKind " + kind);
                List<String> ruleIds = new ArrayList<>();
                for (JsonNode rule : driver.path("rules")) {
                    String id = rule.path("id").asText();
                    ruleIds.add(id);
                    // GH2012: id, shortDescription, fullDescription, help with text.
                    check(p, !id.isBlank(), "GH2012 rule id");
                    check(p, !rule.path("shortDescription").path("text").asText().isBlank(), "GH2012 " + id + " shortDescription");
                    check(p, !rule.path("fullDescription").path("text").asText().isBlank(), "GH2012 " + id + " fullDescription");
                    check(p, !rule.path("help").path("text").asText().isBlank(), "GH2012 " + id + " help.text");
                    if (rule.has("helpUri")) {
                        check(p, absolute(rule.get("helpUri").asText()), id + " helpUri");
                    }
                    JsonNode properties = rule.path("properties");
                    check(p, properties.path("tags").size() <= MAX_TAGS, "tags of " + id);
                    if (properties.has("security-severity")) {
                        double score = Double.parseDouble(properties.get("security-severity").asText());
                        check(p, properties.get("security-severity").isTextual() && score >= 0.0 && score <= 10.0, id + " security-severity " + score);
                        check(p, properties.path("tags").toString().contains("\"security\""), id + " security-severity without the security tag");
                    } else {
                        check(p, "info".equals(properties.path("severity").asText()), id + " has no security-severity");
                    }
                }
                check(p, ruleIds.stream().distinct().count() == ruleIds.size(), "rule ids are unique");
                for (JsonNode result : run.path("results")) {
                    String id = result.path("ruleId").asText();
                    // GH1015: message text, locations, partial fingerprints; GH1007: formatted messages.
                    String text = result.path("message").path("text").asText();
                    check(p, !text.isBlank(), "GH1015 " + id + " message.text");
                    check(p, !result.path("message").has("id") && !text.matches(".*\\{\\d+}.*"), "GH1007 " + id + " message fully formatted");
                    check(p, result.path("locations").isArray() && !result.path("locations").isEmpty(), "GH1015 " + id + " locations");
                    check(p, result.path("partialFingerprints").isObject() && !result.path("partialFingerprints").isEmpty(),
                            "GH1015 " + id + " partialFingerprints");
                    check(p, result.path("locations").size() <= MAX_LOCATIONS, "GH1004 locations of " + id);
                    check(p, !result.has("codeFlows"), "GH1002 " + id + " has no thread flows to inline");
                    int index = result.path("ruleIndex").asInt(-1);
                    check(p, index >= 0 && index < ruleIds.size() && ruleIds.get(index).equals(id), "ruleIndex of " + id);
                    for (JsonNode location : result.path("locations")) {
                        // GH1001, GH1016, GH1017: a physical location with an artifact URI; GH1003: a region with a start line.
                        JsonNode physical = location.path("physicalLocation");
                        String uri = physical.path("artifactLocation").path("uri").asText();
                        check(p, !uri.isBlank(), "GH1001 " + id + " artifactLocation.uri");
                        // GH1005: relative, or a file URI; GH1006: a relative one needs no checkout path (inputs are relative here).
                        check(p, relativeOrFile(uri), "GH1005 " + id + " uri " + uri);
                        check(p, !uri.startsWith("file:"), "GH1006 " + id + " absolute uri " + uri);
                        JsonNode region = physical.path("region");
                        check(p, region.path("startLine").asInt(0) >= 1, "GH1003 " + id + " region.startLine");
                        check(p, !region.has("startColumn") || region.get("startColumn").asInt() >= 1, "GH1003 " + id + " startColumn");
                    }
                }
            }
            return p;
        }

        private static void check(List<String> problems, boolean ok, String what) {
            if (!ok) {
                problems.add(what);
            }
        }

        private static boolean absolute(String uri) {
            try {
                URI u = new URI(uri);
                return u.isAbsolute() && ("https".equals(u.getScheme()) || "http".equals(u.getScheme()));
            } catch (Exception e) {
                return false;
            }
        }

        private static boolean relativeOrFile(String uri) {
            try {
                URI u = new URI(uri);
                return !u.isAbsolute() || "file".equals(u.getScheme());
            } catch (Exception e) {
                fail("not a URI: " + uri);
                return false;
            }
        }
    }
}
