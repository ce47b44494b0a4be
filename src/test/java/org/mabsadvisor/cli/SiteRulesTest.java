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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/**
 * An administrator's own rules from the command line: single-language site rules with a
 * reference link, the guard against unsafe rules, the site configuration (disable, severity,
 * replace) and broken site files left out with --skip-broken-rules.
 */
class SiteRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BAD_RULES = Project.root().resolve("src/test/resources/bad-rules");
    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();
    private static final String BASIC = Project.samples().resolve("basic-troubleshooting.json").toString();

    /** A site rule on the MARS agent version (2.0.9277.0 in the healthy sample), with texts in the given languages. */
    static void agentRule(Path dir, String id, String minimum, String... languages) throws Exception {
        Files.createDirectories(dir);
        String stem = id.toLowerCase();
        Files.writeString(dir.resolve(stem + ".drl"), """
                package site.rules;

                import org.mabsadvisor.facts.*;
                import org.mabsadvisor.rules.Versions;

                rule "%1$s agent older than %2$s"
                    @id("%1$s") @severity("high") @reference("https://intranet.example/backup/%3$s")%4$s
                when
                    $agent : MarsAgent( Versions.isOlder(version, "%2$s") )
                then
                end
                """.formatted(id, minimum, stem, languages.length == 1 ? " @languages(\"" + languages[0] + "\")" : ""));
        StringBuilder texts = new StringBuilder(id + ":\n");
        for (String lang : languages) {
            texts.append("  ").append(lang).append(": { title: \"").append(lang).append(" title of ").append(id)
                    .append("\", evidence: \"agent {$agent.version}\", actions: [ { do: \"update it (").append(lang).append(")\" } ] }\n");
        }
        Files.writeString(dir.resolve(stem + ".texts.yaml"), texts.toString());
    }

    private static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    private static JsonNode finding(JsonNode report, String id) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals(id)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aSingleLanguageSiteRuleIsReportedWithItsReferenceInEitherLanguage(@TempDir Path dir) throws Exception {
        agentRule(dir, "SITE-MARS-01", "2.0.9300", "en");
        CliRun fr = CliRun.of("analyze", "--rules", dir.toString(), "--lang", "fr", "--no-color", HEALTHY);
        assertEquals(1, fr.exitCode(), fr.err());
        assertTrue(fr.out().contains("[SITE-MARS-01] en title of SITE-MARS-01"), "falls back to its only language:\n" + fr.out());
        assertTrue(fr.out().contains("Référence : https://intranet.example/backup/site-mars-01"), fr.out());
        CliRun list = CliRun.of("rules", "list", "--rules", dir.toString(), "--format", "json");
        JsonNode rule = null;
        for (JsonNode r : json(list).get("rules")) {
            rule = r.get("id").asText().equals("SITE-MARS-01") ? r : rule;
        }
        assertEquals("https://intranet.example/backup/site-mars-01", rule.get("reference").asText());
        assertEquals("[\"en\"]", rule.get("languages").toString());
    }

    @Test
    void aSiteRuleWithoutItsDeclaredLanguageOrWithABadReferenceIsLocated(@TempDir Path dir) throws Exception {
        agentRule(dir, "SITE-FR", "2.0.9300", "en");
        Path drl = dir.resolve("site-fr.drl");
        Files.writeString(drl, Files.readString(drl).replace("@languages(\"en\")", "@languages(\"fr\")"));
        agentRule(dir, "SITE-LINK", "2.0.9300", "en", "fr");
        Path link = dir.resolve("site-link.drl");
        Files.writeString(link, Files.readString(link).replace("https://intranet.example/backup/site-link", "intranet page"));
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(link + ":6:1: rule \"SITE-LINK agent older than 2.0.9300\": @reference(\"intranet page\") must be a link"),
                run.err());
        // The link error stops the load before texts are checked; fixed, the missing language shows.
        Files.writeString(link, Files.readString(link).replace("intranet page", "https://intranet.example/x"));
        CliRun again = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains(drl + ":6:1: rule SITE-FR has no complete fr text"), again.err());
        assertFalse(again.err().contains("no complete en text"), "a declared single language is the only one required:\n" + again.err());
    }

    @Test
    void analyzeRefusesUnsafeRulesUnlessAllowedAndThenNamesThem(@TempDir Path dir) throws Exception {
        CliRun refused = CliRun.of("analyze", "--rules", BAD_RULES.resolve("unsafe").toString(), HEALTHY);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains(BAD_RULES + "/unsafe/unsafe.drl:20:5: unsafe: System.exit ends the whole process"), refused.err());
        assertTrue(refused.err().contains("--allow-unsafe-rules"), refused.err());
        Files.writeString(dir.resolve("env.drl"), """
                package site.env;

                import org.mabsadvisor.facts.*;

                rule "SITE-ENV fires on a server whose name is an environment variable"
                    @id("SITE-ENV") @severity("low") @reference("https://intranet.example/env")
                when
                    MabsServer( System.getenv(name) != null )
                then
                end
                """);
        Files.writeString(dir.resolve("env.texts.yaml"), """
                SITE-ENV:
                  en: { title: Env, evidence: env, actions: [ { do: nothing } ] }
                  fr: { title: Env, evidence: env, actions: [ { do: rien } ] }
                """);
        CliRun allowed = CliRun.of("analyze", "--rules", dir.toString(), "--allow-unsafe-rules", HEALTHY);
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(allowed.err().contains("warning: running rules that do what rules should not"), allowed.err());
        assertTrue(allowed.err().contains(dir.resolve("env.drl") + ":8:17: unsafe: System.getenv"), allowed.err());
        CliRun validated = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, validated.exitCode(), "validate flags it too");
        CliRun reviewed = CliRun.of("rules", "validate", dir.toString(), "--allow-unsafe-rules");
        assertEquals(0, reviewed.exitCode(), reviewed.err());
        assertTrue(reviewed.err().contains("unsafe: System.getenv"), "a warning, no longer an error: " + reviewed.err());
    }

    @Test
    void theSiteConfigurationDisablesRerankesAndReplacesAndTheReportSaysSo(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        agentRule(rules, "BASIC-01", "2.0.9300", "en");
        Path config = dir.resolve("site.yaml");
        Files.writeString(config, """
                # our site
                disable: [BASIC-02.b]
                severity:
                  BASIC-03: low
                replace:
                  - BASIC-01
                """);
        CliRun run = CliRun.of("analyze", "--format", "json", "--rules", rules.toString(), "--site-config", config.toString(),
                "--disable", "BASIC-04", BASIC);
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = json(run);
        List<String> overrides = new ArrayList<>();
        report.get("overrides").forEach(o -> overrides.add(o.get("ruleId").asText() + " " + o.get("change").asText() + " "
                + o.get("from").asText() + " " + o.get("to").asText() + " " + o.get("origin").asText()));
        assertEquals(List.of(
                "BASIC-02.b disabled null null " + config + ":2:11",
                "BASIC-04 disabled null null --disable",
                "BASIC-01 replaced " + Project.builtInRules().resolve("basic-troubleshooting.drl") + ":14 " + rules.resolve("basic-01.drl") + ":6 "
                        + config + ":6:5",
                "BASIC-03 severity high low " + config + ":4:3"), overrides);
        assertEquals("low", finding(report, "BASIC-03").get("severity").asText());
        assertEquals(null, finding(report, "BASIC-04"), "disabled: not run at all");
        JsonNode basic02 = finding(report, "BASIC-02");
        basic02.get("evidence").forEach(e -> assertEquals("BASIC-02", e.get("ruleId").asText(), "BASIC-02.b is disabled"));
        CliRun text = CliRun.of("analyze", "--lang", "fr", "--no-color", "--rules", rules.toString(), "--site-config", config.toString(), HEALTHY);
        assertTrue(text.out().contains("Configuration du site :\n  BASIC-02.b désactivée  (" + config + ":2:11)\n"), text.out());
        assertTrue(text.out().contains("  BASIC-03   gravité élevée -> faible  (" + config + ":4:3)\n"), text.out());
        assertTrue(text.out().contains("[BASIC-01] en title of BASIC-01"), "the site rule replaced the built-in one:\n" + text.out());
    }

    @Test
    void aSiteRuleReusingABuiltInIdWithoutReplaceIsADuplicate(@TempDir Path dir) throws Exception {
        agentRule(dir, "BASIC-01", "2.0.9300", "en");
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(dir.resolve("basic-01.drl") + ":6:1: duplicate rule id BASIC-01, already used at "), run.err());
        assertTrue(run.err().contains("list its id under replace: in a site configuration"), run.err());
    }

    @Test
    void aWrongSiteConfigurationIsLocatedLineByLine(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("site.yaml");
        Files.writeString(config, """
                disable: [BASIC-06, "not an id!"]
                severity:
                  BASIC-04.b: urgent
                colour: red
                replace: [BASIC-06]
                """);
        CliRun bad = CliRun.of("analyze", "--site-config", config.toString(), HEALTHY);
        assertEquals(2, bad.exitCode());
        assertEquals("mabs-advisor: the site configuration is not valid:\n"
                + "  " + config + ":1:21: disable: 'not an id!' is not a rule id\n"
                + "  " + config + ":3:15: severity of BASIC-04.b: 'urgent' is not one of critical, high, medium, low, info\n"
                + "  " + config + ":4:1: unknown key 'colour' (the keys are disable, severity, replace)\n"
                + "  " + config + ":5:11: replace: BASIC-06 is also disabled (" + config + ":1:11); disable or replace it, not both\n", bad.err());
        Files.writeString(config, "disable: [BASIC-99]\nseverity: {BASIC-06: low}\nreplace: [BASIC-02]\n");
        CliRun unknown = CliRun.of("rules", "validate", "--site-config", config.toString(), "--disable", "BASIC-06", "--disable", "NOPE");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains(config + ":1:11: no rule has id BASIC-99 to disable"), unknown.err());
        assertTrue(unknown.err().contains("--disable: no rule has id NOPE to disable"), unknown.err());
        assertTrue(unknown.err().contains(config + ":2:12: severity: BASIC-06 is disabled, so it has no severity to change"), unknown.err());
        assertTrue(unknown.err().contains(config + ":3:11: replace: no site rule has id BASIC-02, so the built-in rule runs"), unknown.err());
    }

    @Test
    void brokenSiteFilesStopTheRunOrAreLeftOutAndListed(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        agentRule(site, "SITE-MARS-01", "2.0.9300", "en");
        for (String bad : List.of("syntax/broken.drl", "no-texts/no-texts.drl", "unsafe/unsafe.drl", "unsafe/unsafe.texts.yaml",
                "throws/throws.drl", "throws/throws.texts.yaml")) {
            Files.copy(BAD_RULES.resolve(bad), site.resolve(Path.of(bad).getFileName()));
        }
        CliRun stopped = CliRun.of("analyze", "--rules", site.toString(), HEALTHY);
        assertEquals(2, stopped.exitCode());
        assertTrue(stopped.err().contains(site.resolve("broken.drl") + ":9:1: [ERR 102]"), stopped.err());
        assertTrue(stopped.err().contains("--skip-broken-rules"), stopped.err());

        CliRun skipped = CliRun.of("analyze", "--rules", site.toString(), "--skip-broken-rules", "--format", "json", HEALTHY);
        assertEquals(1, skipped.exitCode(), skipped.err());
        JsonNode report = json(skipped);
        assertTrue(finding(report, "SITE-MARS-01") != null, "the good site rule ran");
        assertTrue(finding(report, "SITE-THROW") == null);
        List<String> files = new ArrayList<>();
        report.get("skipped").forEach(s -> files.add(Path.of(s.get("file").asText()).getFileName() + ": "
                + s.get("problems").get(0).asText().replace(site + "/", "")));
        assertEquals(4, files.size(), files.toString());
        // Files that failed while running were found on an earlier try, so they come first.
        assertTrue(files.get(0).startsWith("throws.drl: throws.drl:5:1: failed while running: the consequence of rule SITE-THROW"),
                files.toString());
        assertTrue(files.get(1).startsWith("broken.drl: broken.drl:9:1: [ERR 102]"), files.toString());
        assertTrue(files.get(2).startsWith("unsafe.drl: unsafe.drl:4:1: unsafe: import java.io.File"), files.toString());
        assertTrue(files.get(3).startsWith("no-texts.drl: no-texts.drl:5:1: rule SITE-06 has no complete en text"), files.toString());
        assertTrue(skipped.err().contains("warning: left out broken site rule files"), skipped.err());
    }
}
