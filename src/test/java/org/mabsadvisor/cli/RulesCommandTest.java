package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** rules list / validate / test, explain, and the catalogue coverage of the built-in rules. */
class RulesCommandTest {

    @Test
    void docsRulesMdIsTheGeneratedListing() throws Exception {
        CliRun run = CliRun.of("rules", "list", "--format", "markdown", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(run.out(), Files.readString(Project.root().resolve("docs/rules.md")),
                "docs/rules.md is stale: regenerate it with ./mabs-advisor rules list --format markdown --lang en > docs/rules.md");
    }

    @Test
    void everyBuiltInRuleSpeaksEnglishAndFrenchAndReadsSomeFacts() throws Exception {
        CliRun run = CliRun.of("rules", "list", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("rules");
        assertTrue(rules.size() > 0);
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            Set<String> languages = new HashSet<>();
            rule.get("languages").forEach(l -> languages.add(l.asText()));
            assertTrue(languages.containsAll(Set.of("en", "fr")), id + " lacks a language: " + languages);
            assertTrue(rule.get("reads").size() > 0, id + " reads no fact");
        }
    }

    @Test
    void everyCatalogueRowHasABuiltInRuleWithItsIdAndSection() throws Exception {
        // The catalogues are the team's shared source of truth, beside the repository (present in CI).
        Path file = Project.root().resolve("../shared/catalogue.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "no shared catalogue beside the repository");
        String catalogue = Files.readString(file);
        CliRun run = CliRun.of("rules", "list", "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("rules");
        Matcher row = Pattern.compile("^\\| ([A-Z]+-\\d\\d) \\| ([a-z0-9-]+) \\|", Pattern.MULTILINE).matcher(catalogue);
        Set<String> missing = new java.util.TreeSet<>();
        int rows = 0;
        while (row.find()) {
            rows++;
            // Every row of this catalogue restates the MABS article: its rule must link there.
            if (!coveredBy(rules, row.group(1), Set.of("MABS-TS " + row.group(2)))) {
                missing.add(row.group(1));
            }
        }
        assertEquals(54, rows, "the catalogue has 54 rows");
        assertTrue(missing.isEmpty(), "catalogue rows without a built-in rule of that id and section: " + missing);
    }

    /** The rows of the catalogue of the current documentation that have a rule so far; the issue adds the rest. */
    private static final Set<String> CURRENT_ROWS_DONE = Set.of(
            "CONN-01", "CONN-04", "TLS-01", "TLS-02", "TLS-03",
            "SCHED-01", "SCHED-02", "SCHED-03", "SCHED-04", "SCHED-05", "SCHED-06", "SCHED-07", "SCHED-08", "V4-09",
            "V4-01", "V4-02", "V4-03", "V4-04", "V4-05", "V4-06", "V4-07", "V4-08",
            "UR-01", "UR-02", "UR-03", "UR-04", "UR-05", "UR-06",
            "CONN-02", "CONN-03", "VC-01.b", "VC-01.c", "AGENT-02.b", "EXTVAULT-01.b",
            "MARS-01", "MARS-02", "MARS-03", "MARS-04", "MARS-07", "MARS-08", "MARS-16", "MARS-14", "MARS-15",
            "MARS-05", "MARS-06", "MARS-09", "MARS-10", "MARS-11", "MARS-12", "MARS-13",
            "SAL-01", "SAL-02", "SAL-03", "SAL-04", "SAL-05", "SAL-06", "SAL-07", "SAL-08");

    @Test
    void theRowsOfTheCurrentDocumentationDoneSoFarHaveARuleWithTheirIdSourceAndSection() throws Exception {
        Path file = Project.root().resolve("../shared/catalogue-current.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "no shared catalogue beside the repository");
        String catalogue = Files.readString(file);
        CliRun run = CliRun.of("rules", "list", "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("rules");
        // A row's source cell names documents and their anchors: "TLS `a`, `b`; MABS-TS `c`".
        Matcher row = Pattern.compile("^\\| ([A-Z0-9]+-\\d\\d(?:\\.[a-z])?) \\| ([^|]+) \\|", Pattern.MULTILINE).matcher(catalogue);
        Set<String> done = new java.util.TreeSet<>();
        int rows = 0;
        while (row.find()) {
            rows++;
            Set<String> places = new java.util.HashSet<>();
            for (String part : row.group(2).split(";")) {
                String source = part.trim().split("\\s+")[0];
                Matcher anchor = Pattern.compile("`([a-z0-9-]+)`").matcher(part);
                while (anchor.find()) {
                    places.add(source + " " + anchor.group(1));
                }
            }
            if (coveredBy(rules, row.group(1), places)) {
                done.add(row.group(1));
            }
        }
        assertEquals(58, rows, "the catalogue of the current documentation has 58 rows");
        assertEquals(new java.util.TreeSet<>(CURRENT_ROWS_DONE), done, "rows with a built-in rule of that id, source and section");
    }

    @Test
    void everyBuiltInFindingRuleNamesTheCatalogueRowItCovers() throws Exception {
        Path old = Project.root().resolve("../shared/catalogue.md");
        Path current = Project.root().resolve("../shared/catalogue-current.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(old) && Files.exists(current), "no shared catalogues beside the repository");
        Set<String> catalogueRows = new java.util.HashSet<>();
        Matcher row = Pattern.compile("^\\| ([A-Z0-9]+-\\d\\d(?:\\.[a-z])?) \\|", Pattern.MULTILINE).matcher(Files.readString(old) + Files.readString(current));
        while (row.find()) {
            catalogueRows.add(row.group(1));
        }
        JsonNode rules = new ObjectMapper().readTree(CliRun.of("rules", "list", "--format", "json").out()).get("rules");
        Set<String> ids = new java.util.HashSet<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        List<String> wrong = new java.util.ArrayList<>();
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            if (rule.get("kind").asText().equals("cause") || id.startsWith("TREND-")) {
                continue; // Root causes and early warnings are ours, not catalogue rows.
            }
            String covered = rule.get("row").asText();
            if (!catalogueRows.contains(covered)) {
                wrong.add(id + " covers " + covered + ", no row of the catalogues (a suffixed rule names its row with @row)");
            }
            if (rule.hasNonNull("of") && !ids.contains(rule.get("of").asText())) {
                wrong.add(id + " is of " + rule.get("of").asText() + ", no rule");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** True when a rule has the row's id and one of the places (source and section) its row names. */
    private static boolean coveredBy(JsonNode rules, String id, Set<String> places) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id) && rule.hasNonNull("section")
                    && places.contains(rule.get("source").asText() + " " + rule.get("section").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void rulesListFiltersByFamilyAndBySource() throws Exception {
        JsonNode tls = new ObjectMapper().readTree(CliRun.of("rules", "list", "--format", "json", "--family", "TLS").out()).get("rules");
        assertEquals(5, tls.size(), tls.toString());
        tls.forEach(r -> assertTrue(r.get("id").asText().startsWith("TLS-"), r.toString()));
        JsonNode mabs = new ObjectMapper().readTree(CliRun.of("rules", "list", "--format", "json", "--source", "MABS-TS").out()).get("rules");
        mabs.forEach(r -> assertEquals("MABS-TS", r.get("source").asText(), r.toString()));
        assertTrue(mabs.size() > 50, "the rules of the MABS article");
        JsonNode tlsSource = new ObjectMapper().readTree(CliRun.of("rules", "list", "--format", "json", "--source", "TLS").out()).get("rules");
        tlsSource.forEach(r -> assertTrue(r.get("link").asText().startsWith("https://learn.microsoft.com/en-us/azure/backup/transport-layer-security#"),
                r.toString()));
        CliRun unknown = CliRun.of("rules", "list", "--source", "NOPE");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--source must be one of MABS-TS, MARS-TS"), unknown.err());
    }

    @Test
    void validateReportsProblemsWithExitTwoAndCleanFoldersWithZero() {
        CliRun bad = CliRun.of("rules", "validate", Project.root().resolve("src/test/resources/bad-rules/metadata").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("metadata.drl:5:1: rule \"no id\" has no @id"), bad.err());
        assertTrue(bad.err().contains("rule \"unknown source\": unknown @source(\"MARS-FAQ\") (one of MABS-TS, MARS-TS, TLS,"), bad.err());
        CliRun good = CliRun.of("rules", "validate");
        assertEquals(0, good.exitCode(), good.err());
        assertTrue(good.out().contains("rules are valid"));
    }

    @Test
    void ruleTestsOfTheBuiltInFolderPassAndEndWithTheClosingLine() {
        CliRun run = CliRun.of("rules", "test", Project.builtInRules().toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*\\n\\d+ passed, 0 failed\\n"), run.out());
    }

    @Test
    void aFailingCaseShowsWhatDifferedAndExitsOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wrong.tests.yaml"), """
                base: %s
                cases:
                  - name: claims the healthy server has its engine down
                    fires: [BASIC-03]
                """.formatted(Project.samples().resolve("healthy.json").toString().replace("\\", "/")));
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("FAIL "), run.out());
        assertTrue(run.out().contains("expected BASIC-03 to fire; fired: nothing"), run.out());
        assertTrue(run.out().endsWith("0 passed, 1 failed\n"), run.out());
    }

    @Test
    void explainFindsTheRuleOfAPastedMessageInEitherLanguage() {
        CliRun en = CliRun.of("explain", "--lang", "en", "Setup could not update registry metadata: update ReFS Trimming registry entry");
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(en.out().contains("[REG-01]"), en.out());
        assertTrue(en.out().contains("reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem\" /v RefsEnableInlineTrim"), en.out());
        CliRun fr = CliRun.of("explain", "--lang", "fr", "Mettez à jour l’entrée de registre REFS TRIMMING");
        assertEquals(0, fr.exitCode(), fr.err());
        assertTrue(fr.out().contains("[REG-01]"), fr.out());
        CliRun none = CliRun.of("explain", "The backup completed successfully.");
        assertEquals(1, none.exitCode());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "100050                                     | [AGENT-02]",
        "0x29834                                    | [PG-04]",
        "0X00029834                                 | [PG-04]",
        "170036                                     | [PG-04]",
        "CBPSourceSnapshotFailedReplicaCloningIssue | [CBP-04]",
        "33621                                      | [VMW-01]",
        "120002                                     | [PASS-02]",
        "Le réplica est incohérent.                 | [RI-01]",
        "4024                                       | [AGENT-03]",
        "2013                                       | [MAIL-01]",
    })
    void explainKnowsTheDocumentedIdsAndCodes(String error, String rule) {
        CliRun run = CliRun.of("explain", "--no-color", "--lang", "en", error.trim());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(rule.trim()), run.out());
    }

    @Test
    void aPolicyFileOverridesAThresholdAndABadOneIsRefused(@TempDir Path dir) throws Exception {
        Path strict = dir.resolve("strict.yaml");
        Files.writeString(strict, "minimumMarsAgentVersion: \"2.0.9999.0\"\n");
        String healthy = Project.samples().resolve("healthy.json").toString();
        CliRun run = CliRun.of("analyze", "--format", "json", "--policy", strict.toString(), healthy);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"ruleId\" : \"BASIC-01\""), run.out());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "minimumMarsAgentVersoin: \"2.0\"\n");
        CliRun refused = CliRun.of("analyze", "--policy", bad.toString(), healthy);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("the policy is not valid"), refused.err());
        assertTrue(refused.err().contains("minimumMarsAgentVersoin"), refused.err());
    }
}
