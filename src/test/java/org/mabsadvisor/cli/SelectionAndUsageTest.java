package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mabsadvisor.report.Report;
import org.mabsadvisor.testing.Project;

/** --severity, --only and --skip; a mistyped --output format; help wrapped by picocli; the "Try" line of nested commands. */
class SelectionAndUsageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = Project.samples().resolve("replica-inconsistent.json").toString();

    private static JsonNode report(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", "--lang", "en", "--format", "json", "--fail-on", "none"));
        args.addAll(List.of(options));
        args.add(SAMPLE);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static Set<String> ids(JsonNode report) {
        Set<String> ids = new TreeSet<>();
        report.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        return ids;
    }

    private static String family(String id) {
        return id.substring(0, id.indexOf('-'));
    }

    @Test
    void severityListsOnlyFindingsAtOrAboveIt() throws Exception {
        JsonNode all = report();
        int mostSevere = Report.SEVERITIES.size();
        for (JsonNode f : all.get("findings")) {
            mostSevere = Math.min(mostSevere, Report.SEVERITIES.indexOf(f.get("severity").asText()));
        }
        String level = Report.SEVERITIES.get(mostSevere);
        JsonNode top = report("--severity", level);
        List<String> kept = Report.SEVERITIES.subList(0, mostSevere + 1);
        assertTrue(all.get("findings").size() > top.get("findings").size(), "the sample has findings below " + level);
        top.get("findings").forEach(f -> assertTrue(kept.contains(f.get("severity").asText()), f.toString()));
        long expected = 0;
        for (JsonNode f : all.get("findings")) {
            expected += kept.contains(f.get("severity").asText()) ? 1 : 0;
        }
        assertEquals(expected, top.get("findings").size());
        assertEquals(expected, top.get("summary").get("findings").asLong(), "the summary counts what is listed");
        assertEquals(0, top.get("summary").get("findingsBySeverity").get("info").asInt());
    }

    @Test
    void findingsLeftOutDoNotFailTheRun() throws Exception {
        JsonNode first = report().get("findings").get(0);
        String id = first.get("ruleId").asText();
        int rank = Report.SEVERITIES.indexOf(first.get("severity").asText());
        CliRun shown = CliRun.of("analyze", "--format", "json", "--fail-on", "info", "--only", id, SAMPLE);
        assertEquals(1, shown.exitCode(), shown.err());
        if (rank > 0) {
            String above = Report.SEVERITIES.get(rank - 1);
            CliRun hidden = CliRun.of("analyze", "--format", "json", "--fail-on", "info", "--only", id, "--severity", above, SAMPLE);
            assertEquals(0, hidden.exitCode(), hidden.err());
        }
        CliRun skipped = CliRun.of("analyze", "--format", "json", "--fail-on", "info", "--skip", id, "--only", id, SAMPLE);
        assertEquals(0, skipped.exitCode(), "--skip wins over --only: " + skipped.err());
    }

    @Test
    void onlyAndSkipTakeIdsAndFamilies() throws Exception {
        Set<String> all = ids(report());
        assertTrue(all.size() >= 2, all.toString());
        String first = all.iterator().next();
        String family = family(first);

        assertEquals(Set.of(first), ids(report("--only", first)));
        Set<String> ofFamily = new TreeSet<>(all.stream().filter(id -> family(id).equals(family)).toList());
        assertEquals(ofFamily, ids(report("--only", family.toLowerCase())));
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(ofFamily);
        assertEquals(rest, ids(report("--skip", family)));
        Set<String> withoutFirst = new TreeSet<>(all);
        withoutFirst.remove(first);
        assertEquals(withoutFirst, ids(report("--skip", first)));

        JsonNode only = report("--only", first);
        only.get("checked").forEach(id -> assertEquals(first, id.asText(), "checked lists the selected rules"));
        only.get("causes").forEach(c -> c.get("findings").forEach(id -> assertEquals(first, id.asText())));
    }

    @Test
    void anIdOrFamilyThatNamesNoRuleIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--only", "NOPE", SAMPLE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no rule has the id or family 'NOPE'"), run.err());
        CliRun severity = CliRun.of("analyze", "--severity", "urgent", SAMPLE);
        assertEquals(2, severity.exitCode());
        assertTrue(severity.err().contains("--severity must be one of critical, high, medium, low, info"), severity.err());
    }

    @Test
    void aMistypedOutputFormatIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r.json");
        CliRun run = CliRun.of("analyze", "-o", "jsn=" + target, SAMPLE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'jsn' is not a report format; the formats are text, json, junit, sarif, markdown, html, csv"), run.err());
        assertEquals("", run.out());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        // A file name holding '=' is still possible, written as a path.
        Path odd = dir.resolve("a=b.txt");
        CliRun plain = CliRun.of("analyze", "--fail-on", "none", "-o", odd.toString(), SAMPLE);
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(Files.exists(odd));
    }

    @Test
    void aUsageErrorOfANestedCommandNamesItWhole() {
        CliRun run = CliRun.of("rules", "list", "--format", "csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Try 'mabs-advisor rules list --help' for usage."), run.err());
    }

    @Test
    void helpIsWrappedByPicocliAndKeepsLinksWhole() {
        for (String[] command : List.of(new String[] {"analyze", "--help"}, new String[] {"rules", "new", "--help"},
                new String[] {"facts", "build", "--help"}, new String[] {"schema", "--help"}, new String[] {"cache", "--help"})) {
            CliRun run = CliRun.of(command);
            assertEquals(0, run.exitCode(), run.err());
            for (String line : run.out().split("\n")) {
                assertTrue(line.length() <= 80, "fits 80 columns when there is no terminal: " + line);
            }
            // Hand-wrapped descriptions leave short lines in the middle of a paragraph; picocli fills each line.
            String[] lines = run.out().split("\n");
            int i = 1;
            while (lines[i].startsWith(" ")) {
                i++; // the synopsis
            }
            int start = i;
            while (!lines[i].isEmpty() && !lines[i].startsWith(" ") && !lines[i].endsWith(":")) {
                i++;
            }
            assertTrue(i > start, "a description:\n" + run.out());
            for (int k = start; k < i - 1; k++) {
                // A short line only ends a paragraph.
                assertTrue(lines[k].length() > 60 || lines[k].endsWith("."), "a full line in the middle of the description of " + String.join(" ", command)
                        + ": " + lines[k] + "\n" + run.out());
            }
        }
        CliRun rulesNew = CliRun.of("rules", "new", "--help");
        assertTrue(rulesNew.out().contains("--reference https://kb.example\n"), "the example link is whole:\n" + rulesNew.out());
    }
}
