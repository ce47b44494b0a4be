package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.engine.CompiledRuleCache;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.site.SiteConfig;
import org.mabsadvisor.testing.Project;

/** What only the built-in rules are held to, whatever the site asks. */
class RuleSetTest {

    private Path builtIn;
    private Path site;

    /** A copy of the built-in folder, to break, and a site folder with one good rule. */
    @BeforeEach
    void folders(@TempDir Path dir) throws Exception {
        builtIn = dir.resolve("rules-drl");
        Files.createDirectories(builtIn);
        try (var files = Files.list(Project.builtInRules())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, builtIn.resolve(f.getFileName()));
            }
        }
        site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("site.drl"), """
                package site.rules;
                import org.mabsadvisor.facts.*;
                rule "SITE-01"
                    @id("SITE-01") @severity("low") @reference("https://intranet.example/site-01") @languages("en")
                when
                    MabsServer( name == "nobody" )
                then
                end
                """);
        Files.writeString(site.resolve("site.texts.yaml"), "SITE-01:\n  en: { title: t, evidence: e, actions: [ { do: d } ] }\n");
    }

    private RuleSetOptions skipping() {
        return new RuleSetOptions(builtIn, List.of(site), null, SiteConfig.NONE, true, false, Map.of(), CompiledRuleCache.none());
    }

    @Test
    void aBrokenBuiltInRuleStopsTheLoadEvenWhenBrokenSiteFilesAreSkipped() throws Exception {
        Path drl = builtIn.resolve("backup.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("when", "when\n    (("));
        InvalidRulesException e = assertThrows(InvalidRulesException.class, () -> RuleSet.load(skipping()));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(drl.toString())), e.problems().toString());
    }

    @Test
    void aBuiltInRuleMustSpeakBothLanguages() throws Exception {
        Path drl = builtIn.resolve("backup.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("@id\\(\"BK-01\"\\)", "@id(\"BK-01\") @languages(\"en\")"));
        InvalidRulesException e = assertThrows(InvalidRulesException.class, () -> RuleSet.load(skipping()));
        assertTrue(e.problems().get(0).toString().contains("rule BK-01: a built-in rule speaks en and fr; @languages is for site rules"),
                e.problems().toString());
    }

    @Test
    void aSiteRuleMaySpeakOneLanguage() throws Exception {
        RuleSet rules = RuleSet.load(skipping());
        assertEquals(List.of("en"), rules.texts().languagesOf("SITE-01"));
        assertEquals("t", rules.texts().of("SITE-01", "fr").title(), "a French report falls back to the only language");
        assertTrue(rules.skipped().isEmpty());
    }

    @Test
    void aSiteFolderReachedThroughALinkIsLoadedLikeAnyOther(@TempDir Path elsewhere) throws Exception {
        Path link = elsewhere.resolve("site-link");
        try {
            Files.createSymbolicLink(link, site);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("this file system makes no symbolic links: " + e);
        }
        RuleSet rules = RuleSet.load(new RuleSetOptions(builtIn, List.of(link), null, SiteConfig.NONE, false, false, Map.of(),
                CompiledRuleCache.none()));
        assertTrue(rules.rules().byId().containsKey("SITE-01"), "the linked folder's rule is loaded");
        assertEquals("t", rules.texts().of("SITE-01", "en").title(), "and its texts");
    }
}
