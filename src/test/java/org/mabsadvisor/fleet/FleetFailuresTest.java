package org.mabsadvisor.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.testing.FleetGenerator;

/**
 * Failures injected into a fleet of 1,000 servers, malformed files and a site rule that throws on
 * some hosts: each is one failed input, reported with its error, and every other host's report
 * comes out; the exit code is 2. With --fail-fast the run stops at the first one.
 */
class FleetFailuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRuleThatThrowsOnOneHostLeavesTheOther999Reports(@TempDir Path dir) throws Exception {
        FleetGenerator.Fleet fleet = FleetGenerator.generate(dir.resolve("fleet"), 1000, 0, 11);
        Path rules = throwingRule(dir, "name == \"MABS-SEA-0500\"");
        Path report = dir.resolve("fleet.json");
        CliRun run = CliRun.of("analyze", "--rules", rules.toString(), "--format", "json", "--output", report.toString(),
                fleet.folder().toString());

        assertEquals(2, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(report.toFile());
        assertEquals(999, doc.get("hosts").size());
        assertEquals(1, doc.get("errors").size());
        JsonNode error = doc.get("errors").get(0);
        String failed = fleet.folder().resolve("site-sea").resolve("MABS-SEA-0500.json").toString();
        assertEquals(failed, error.get("input").asText());
        assertEquals("rules", error.get("stage").asText());
        assertTrue(error.get("problems").get(0).get("message").asText().contains("SITE-THROW"), error.toString());
        assertTrue(run.err().contains("cannot analyse " + failed + ": the rules failed"), run.err());
        assertEquals(others(fleet.files(), Set.of(failed)), inputs(doc.get("hosts")), "every other host has its report");
    }

    @Test
    void malformedFilesAndRuleFailuresTogetherLeaveEveryOtherReport(@TempDir Path dir) throws Exception {
        FleetGenerator.Fleet fleet = FleetGenerator.generate(dir.resolve("fleet"), 1000, 8, 12);
        Path rules = throwingRule(dir, "name matches \"MABS-TOK-0.[0-9][05]\"");
        Path report = dir.resolve("fleet.json");
        CliRun run = CliRun.of("analyze", "--rules", rules.toString(), "--format", "json", "--output", report.toString(),
                "--quiet", fleet.folder().toString());

        assertEquals(2, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(report.toFile());
        Set<String> failed = new TreeSet<>();
        int ruleFailures = 0;
        for (JsonNode e : doc.get("errors")) {
            failed.add(e.get("input").asText());
            ruleFailures += e.get("stage").asText().equals("rules") ? 1 : 0;
            assertTrue(run.err().contains("cannot analyse " + e.get("input").asText()), "on stderr too: " + e);
        }
        fleet.malformed().forEach(m -> assertTrue(failed.contains(m.toString()), m + " is reported"));
        assertTrue(ruleFailures > 0, "the site rule failed on some hosts");
        assertEquals(8 + ruleFailures, failed.size());
        assertEquals(1000, doc.get("hosts").size() + doc.get("errors").size());
        assertEquals(others(fleet.files(), failed), inputs(doc.get("hosts")), "every other host has its report");
        assertEquals(failed.size(), doc.get("summary").get("inputsFailed").asInt());
    }

    @Test
    void failFastStopsAtTheFirstBadInputWithTheHostsBeforeIt(@TempDir Path dir) throws Exception {
        FleetGenerator.Fleet fleet = FleetGenerator.generate(dir.resolve("fleet"), 60, 2, 13);
        Path report = dir.resolve("fleet.json");
        CliRun run = CliRun.of("analyze", "--fail-fast", "--format", "json", "--output", report.toString(), fleet.folder().toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("stopped at the first input that could not be analysed"), run.err());
        JsonNode doc = JSON.readTree(report.toFile());
        String first = fleet.malformed().get(0).toString();
        assertEquals(List.of(first), List.of(doc.get("errors").get(0).get("input").asText()));
        List<String> before = fleet.files().stream().map(Path::toString).filter(f -> f.compareTo(first) < 0).toList();
        assertEquals(before, new ArrayList<>(inputs(doc.get("hosts"))), "the hosts before the bad input, and none after");
    }

    /** A site rule folder whose one rule throws for the servers matching {@code condition}. */
    private static Path throwingRule(Path dir, String condition) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("site-rules"));
        Files.writeString(rules.resolve("throws.drl"), """
                package site.rules;

                import org.mabsadvisor.facts.*;

                rule "SITE-THROW fails in its consequence on some servers"
                    @id("SITE-THROW") @severity("low") @section("basic-troubleshooting") @trigger("state")
                when
                    $server : MabsServer( %s )
                then
                    throw new IllegalStateException("site rule failed on purpose");
                end
                """.formatted(condition));
        Files.writeString(rules.resolve("throws.texts.yaml"), """
                SITE-THROW:
                  en: { title: Throws, evidence: throws, actions: [ { do: nothing } ] }
                  fr: { title: Lance, evidence: lance, actions: [ { do: rien } ] }
                """);
        return rules;
    }

    private static Set<String> others(List<Path> files, Set<String> failed) {
        Set<String> all = new TreeSet<>();
        files.stream().map(Path::toString).filter(f -> !failed.contains(f)).forEach(all::add);
        return all;
    }

    private static Set<String> inputs(JsonNode hosts) {
        Set<String> seen = new TreeSet<>();
        hosts.forEach(h -> seen.add(h.get("input").asText()));
        assertEquals(hosts.size(), seen.size(), "no host twice");
        return seen;
    }
}
