package org.mabsadvisor.cli;

import org.mabsadvisor.findings.RulesVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** Every format says when the facts were collected and analysed, and by which version of the tool and of the rules. */
class ProvenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Project.samples().resolve("vault-credentials-invalid.json");
    private static final String COLLECTED = "2026-11-20T08:42:17Z";

    @Test
    void everyFormatStatesCollectionAnalysisAndVersions(@TempDir Path dir) throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        List<String> formats = List.of("text", "json", "junit", "sarif", "markdown", "html", "csv");
        String[] args = new String[3 + 2 * formats.size() + 1];
        int i = 0;
        args[i++] = "analyze";
        args[i++] = "--lang";
        args[i++] = "en";
        for (String f : formats) {
            args[i++] = "-o";
            args[i++] = f + "=" + dir.resolve("report." + f);
        }
        args[i] = SAMPLE.toString();
        CliRun run = CliRun.of(args);
        assertEquals(1, run.exitCode(), run.err());

        JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());
        assertEquals(COLLECTED, json.get("collectedAt").asText());
        Instant analysed = Instant.parse(json.get("analysedAt").asText());
        assertTrue(!analysed.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) && !analysed.isAfter(Instant.now()), analysed.toString());
        assertEquals(List.of(), org.mabsadvisor.formats.SchemaValidation.report().problems(json), "the report schema knows the new fields");
        String rules = json.get("tool").get("rules").asText();
        assertTrue(rules.matches("[0-9a-f]{12}"), rules);
        String version = json.get("tool").get("version").asText();
        String analysedAt = json.get("analysedAt").asText();

        for (String f : formats) {
            // Markdown escapes punctuation with backslashes: what a reader sees is without them.
            String text = Files.readString(dir.resolve("report." + f)).replace("\\", "");
            assertTrue(text.contains(COLLECTED), f + " says when the facts were collected");
            assertTrue(text.contains(analysedAt), f + " says when they were analysed");
            assertTrue(text.contains(version), f + " names the tool's version");
            assertTrue(text.contains(rules), f + " names the rules' version");
        }
        assertTrue(Files.readString(dir.resolve("report.text")).contains("Facts collected " + COLLECTED + ", analysed " + analysedAt
                + " by mabs-advisor " + version + " (rules " + rules + ")"));
    }

    @Test
    void theRulesVersionFollowsThePolicyInForce(@TempDir Path dir) throws Exception {
        String plain = rules(CliRun.of("analyze", "--format", "json", "--fail-on", "none", SAMPLE.toString()));
        assertEquals(plain, rules(CliRun.of("analyze", "--format", "json", "--fail-on", "none", SAMPLE.toString())), "the same rules, the same version");
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "maxClockSkewSeconds: 301\n");
        CliRun overridden = CliRun.of("analyze", "--format", "json", "--fail-on", "none", "--policy", policy.toString(), SAMPLE.toString());
        assertNotEquals(plain, rules(overridden), "another policy, another version");
    }

    @Test
    void factsThatDoNotSayWhenTheyWereCollectedSaySo(@TempDir Path dir) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode facts = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(SAMPLE.toFile());
        facts.remove("collectedAt");
        Path file = dir.resolve("undated.json");
        Files.writeString(file, JSON.writeValueAsString(facts));
        CliRun run = CliRun.of("analyze", "--lang", "en", "--fail-on", "none", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Collection time of the facts unknown, analysed "), run.out());
        CliRun json = CliRun.of("analyze", "--format", "json", "--fail-on", "none", file.toString());
        assertTrue(!JSON.readTree(json.out()).has("collectedAt"), "absent, not null");
    }

    private static String rules(CliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out()).get("tool").get("rules").asText();
    }
}
