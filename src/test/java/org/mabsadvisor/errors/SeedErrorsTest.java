package org.mabsadvisor.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.Explainer;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.report.Explanation;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.testing.Project;

/**
 * Every error message, code and id that the three editions of the article document, read from the
 * verbatim copies, is recognised by explain and by the event rules, and named with the rows of its
 * own section: as written, with the name the product fills in, with or without its id, with plain or
 * typographic apostrophes, non-breaking spaces, in capitals.
 */
class SeedErrorsTest {

    private static RuleSet rules;
    private static Advisor advisor;
    private static Explainer explainer;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.load(Project.builtInRules(), List.of(), null);
        advisor = new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, "test");
        explainer = new Explainer(advisor);
    }

    @Test
    void theArticlesAreReadWhole() {
        // The editions document 31, 32 and 31 error texts; a parser that loses rows would pass the rest.
        assertEquals(31, SeedArticles.documented("en-2019").size());
        assertEquals(32, SeedArticles.documented("en-2022").size());
        assertEquals(31, SeedArticles.documented("fr").size());
    }

    @TestFactory
    Stream<DynamicTest> explainNamesTheRowsOfTheErrorsOwnSection() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String edition : SeedArticles.EDITIONS) {
            for (SeedArticles.Documented d : SeedArticles.documented(edition)) {
                for (Map.Entry<String, String> variant : variants(d.text()).entrySet()) {
                    tests.add(DynamicTest.dynamicTest(edition + " " + variant.getKey() + ": " + d.text(), () -> {
                        Set<String> named = explainedRows(variant.getValue(), d.isFrench() ? "fr" : "en");
                        assertFalse(named.isEmpty(), "explain names no row for: " + variant.getValue());
                        for (String row : named) {
                            assertEquals(d.section(), sectionOf(row), row + " is not of the section of: " + variant.getValue());
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theEventRulesReportEveryDocumentedError() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String edition : SeedArticles.EDITIONS) {
            for (SeedArticles.Documented d : SeedArticles.documented(edition)) {
                tests.add(DynamicTest.dynamicTest(edition + ": " + d.text(), () -> {
                    List<String> rows = firedRows(d.operation(), d.text());
                    assertFalse(rows.isEmpty(), "no rule fires on an event recording: " + d.text());
                    for (String row : rows) {
                        assertEquals(d.section(), sectionOf(row), row + " fired on: " + d.text());
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyMessageOfTheTableIsQuotedFromTheEditionsItNames() {
        Map<String, String> articles = Map.of(
                "en-2019", SeedArticles.clean(SeedArticles.text(SeedArticles.fileOf("en-2019"))),
                "en-2022", SeedArticles.clean(SeedArticles.text(SeedArticles.fileOf("en-2022"))),
                "fr", SeedArticles.clean(SeedArticles.text(SeedArticles.fileOf("fr"))),
                "mars-2022", SeedArticles.clean(SeedArticles.text("backup-azure-mars-troubleshoot.en-2022.md")),
                "tls-2022", SeedArticles.clean(SeedArticles.text("transport-layer-security.en-2022.md")));
        int quoted = 0;
        for (DocumentedError e : rules.errors().all()) {
            for (DocumentedError.Message m : e.messages()) {
                for (String edition : m.from()) {
                    if (articles.containsKey(edition)) {
                        assertTrue(articles.get(edition).contains(m.text()), e.error() + ": not in " + edition + ": " + m.text());
                        quoted++;
                    }
                }
            }
        }
        assertTrue(quoted > 80, "messages checked: " + quoted);
    }

    /**
     * The recognition figures of the note: each documented text of each edition, as written, that
     * explain answers with rows of its own section. Printed, then required to be all of them.
     */
    @Test
    void recognitionFigures() throws Exception {
        StringBuilder figures = new StringBuilder();
        boolean all = true;
        for (String edition : SeedArticles.EDITIONS) {
            List<SeedArticles.Documented> documented = SeedArticles.documented(edition);
            int named = 0;
            int fired = 0;
            for (SeedArticles.Documented d : documented) {
                Set<String> rows = explainedRows(d.text(), d.isFrench() ? "fr" : "en");
                if (!rows.isEmpty() && rows.stream().allMatch(r -> d.section().equals(sectionOf(r)))) {
                    named++;
                }
                List<String> byEvent = firedRows(d.operation(), d.text());
                if (!byEvent.isEmpty() && byEvent.stream().allMatch(r -> d.section().equals(sectionOf(r)))) {
                    fired++;
                }
            }
            figures.append(String.format("%s: %d documented error texts, explain names %d correctly, the event rules %d%n",
                    edition, documented.size(), named, fired));
            all &= named == documented.size() && fired == documented.size();
        }
        System.out.print(figures);
        assertTrue(all, figures.toString());
    }

    @Test
    void idsAndCodesAloneAreExplained() throws Exception {
        Map<String, String> alone = new LinkedHashMap<>();
        alone.put("2013", "MAIL-01");
        alone.put("Error ID: 2013", "MAIL-01");
        alone.put("ID d'erreur : 2013", "MAIL-01");
        alone.put("4024", "AGENT-03");
        alone.put("100050", "AGENT-02");
        alone.put("0x29834", "PG-04");
        alone.put("170036", "PG-04");
        alone.put("120002", "PASS-02");
        alone.put("33621", "VMW-01");

        alone.put("34513", "VC-01");
        alone.put("FileFaultFault", "VMW-01");
        alone.put("CBPServerRegisteredVaultDontMatchWithCurrent", "EXTVAULT-01");
        alone.put("CBPSourceSnapshotFailedReplicaMissingOrInvalid", "CBP-01");
        alone.put("CBPSourceSnapshotFailedReplicaMetadataInvalid", "CBP-02");
        alone.put("CBPSourceSnapshotFailedReplicaInconsistent", "CBP-03");
        alone.put("CBPSourceSnapshotFailedReplicaCloningIssue", "CBP-04");
        alone.put("CBPUserExpiredVaultCredential", "VC-01");
        alone.put("Vault credentials file provided has expired", "VC-01");
        for (Map.Entry<String, String> e : alone.entrySet()) {
            assertEquals(Set.of(e.getValue()), explainedRows(e.getKey(), "en"), e.getKey());
        }
        // 100110 is documented twice: a restore through another server (the MABS article) and a
        // registration with another vault's credentials (the MARS agent article).
        assertEquals(Set.of("EXTVAULT-01", "EXTVAULT-01.b"), explainedRows("100110", "en"));
    }

    @Test
    void aTextOutsideTheDocumentationIsNotExplained() throws Exception {
        assertTrue(explainedRows("The backup completed successfully.", "en").isEmpty());
        assertTrue(explainedRows("In 2013 the server was installed.", "en").isEmpty(), "a year is not error ID 2013");
        assertTrue(explainedRows("Operation failed.", "en").isEmpty(), "too vague to name a documented error");
    }

    /** The variants of a documented text an administrator may paste, by name. */
    private static Map<String, String> variants(String text) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("as written", text);
        v.put("plain apostrophes", text.replace('’', '\''));
        v.put("typographic apostrophes", text.replace('\'', '’'));
        v.put("non-breaking spaces", text.replace(' ', '\u00a0'));
        v.put("capitals", text.toUpperCase(java.util.Locale.ROOT));
        String named = text.replace("<ServerName>", "SQL01.contoso.local")
                .replace("(protected computer name)", "SQL01.contoso.local")
                .replace("(nom de l’ordinateur protégé)", "SQL01.contoso.local");
        if (!named.equals(text)) {
            v.put("with a server name", named);
        }
        String withoutId = text.replaceAll("\\s*\\(?\\bID\\s*:?\\s*\\d+\\)?", "").strip();
        if (!withoutId.equals(text) && withoutId.split("\\s+").length >= 4) {
            v.put("without its id", withoutId);
        }
        return v;
    }

    private static Set<String> explainedRows(String text, String language) throws Exception {
        Explanation e = explainer.explain(List.of(text), language, "test");
        Set<String> rows = new java.util.TreeSet<>();
        e.errors().get(0).matches().forEach(m -> m.rules().forEach(r -> rows.add(r.id())));
        return rows;
    }

    private static List<String> firedRows(String operation, String text) throws Exception {
        Event event = new Event(null, null, "test", operation, null, null, text, null);
        Report report = advisor.analyze(FactSet.ofFacts("MABS01", List.of(new FactSet.Entry("/events/0", event)), Set.of(Event.class)),
                "seed", "en", f -> { });
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    private static String sectionOf(String row) {
        return rules.rules().rules().stream().filter(r -> r.rowId().equals(row)).map(RuleInfo::section).findFirst().orElse(null);
    }
}
