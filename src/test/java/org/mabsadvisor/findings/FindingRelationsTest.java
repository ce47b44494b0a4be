package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.testing.Project;

/**
 * How firings become findings: a rule and the rules {@code @of} it make one finding, whose certainty
 * says which sides fired; a rule without {@code @of} is a finding of its own whatever its id looks
 * like; a root cause groups the findings that matched the facts it was recognised from. Shown on
 * site rules that fire on the server's name, beside the built-in rules (silent on the healthy sample).
 */
class FindingRelationsTest {

    @TempDir
    static Path temp;

    private static Advisor advisor;

    @BeforeAll
    static void rules() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("relations.drl"), """
                package site.relations;
                import org.mabsadvisor.facts.*;
                import org.mabsadvisor.facts.Diagnosis;

                rule "SITE-10 the state side"
                    @id("SITE-10") @severity("medium") @trigger("state") @reference("https://intranet.example/10") @languages("en")
                when
                    $server : MabsServer( name.contains("STATE") )
                then
                end

                rule "SITE-10.b the error side, more severe"
                    @id("SITE-10.b") @of("SITE-10") @severity("high") @trigger("error") @reference("https://intranet.example/10") @languages("en")
                when
                    $server : MabsServer( name.contains("ERROR") )
                then
                end

                rule "SITE-10.c a milder level of the state"
                    @id("SITE-10.c") @row("SITE-10") @of("SITE-10") @severity("low") @trigger("state") @reference("https://intranet.example/10") @languages("en")
                when
                    $server : MabsServer( name.contains("MILD") )
                then
                end

                rule "SITE-20 a condition"
                    @id("SITE-20") @severity("low") @reference("https://intranet.example/20") @languages("en")
                when
                    $server : MabsServer( name.contains("TWO") )
                then
                end

                rule "SITE-20.b another condition of the same row, without @of"
                    @id("SITE-20.b") @row("SITE-20") @severity("low") @reference("https://intranet.example/20") @languages("en")
                when
                    $server : MabsServer( name.contains("TWO") )
                then
                end

                rule "SITE-CAUSE one problem behind the named server"
                    @id("SITE-CAUSE") @kind("cause") @reference("https://intranet.example/cause") @languages("en")
                when
                    $server : MabsServer( name.contains("CAUSE") )
                then
                    insert(Diagnosis.of("SITE-CAUSE", $server));
                end
                """);
        StringBuilder texts = new StringBuilder();
        for (String id : List.of("SITE-10", "SITE-10.b", "SITE-10.c", "SITE-20", "SITE-20.b", "SITE-CAUSE")) {
            texts.append(id).append(":\n  en: { title: \"title of ").append(id).append("\", evidence: \"seen by ").append(id)
                    .append("\", actions: [ { do: \"act for ").append(id).append("\" } ] }\n");
        }
        Files.writeString(site.resolve("relations.texts.yaml"), texts.toString());
        RuleSet ruleSet = RuleSet.load(RuleSetOptions.of(Project.builtInRules(), List.of(site), null));
        advisor = new Advisor(ruleSet, RunLimits.DEFAULT, "test");
    }

    /** The healthy sample with this server name; only the site rules' findings. */
    private static Report analyse(String serverName) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode facts = (ObjectNode) json.readTree(Files.readString(Project.samples().resolve("healthy.json")));
        ((ObjectNode) facts.get("server")).put("name", serverName);
        FactSet set = FactSet.of(new FactsLoader().parse(serverName, json.writeValueAsString(facts).getBytes(StandardCharsets.UTF_8)));
        return advisor.analyze(set, serverName, "en", f -> { });
    }

    private static List<Finding> site(Report report) {
        return report.findings().stream().filter(f -> f.ruleId().startsWith("SITE-")).toList();
    }

    @Test
    void bothSidesMakeOneConfirmedFindingWordedByTheMoreSevere() throws Exception {
        List<Finding> findings = site(analyse("STATE-ERROR"));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("SITE-10", f.ruleId(), "the finding has the id of the rule the other is of");
        assertEquals("confirmed", f.certainty());
        assertEquals("high", f.severity());
        assertEquals("title of SITE-10.b", f.title());
        assertEquals(List.of("SITE-10", "SITE-10.b"), f.evidence().stream().map(Evidence::ruleId).sorted().toList());
    }

    @Test
    void theStateAloneIsARiskAndTheErrorAloneIsReportedUnderTheSameId() throws Exception {
        Finding state = site(analyse("STATE")).get(0);
        assertEquals(List.of("SITE-10", "risk", "title of SITE-10"), List.of(state.ruleId(), state.certainty(), state.title()));
        Finding error = site(analyse("ERROR")).get(0);
        assertEquals(List.of("SITE-10", "reported", "title of SITE-10.b", "high"),
                List.of(error.ruleId(), error.certainty(), error.title(), error.severity()));
    }

    @Test
    void anotherLevelOfAStateIsTheSameFindingWithItsOwnWordsAndSeverity() throws Exception {
        Finding mild = site(analyse("MILD")).get(0);
        assertEquals(List.of("SITE-10", "risk", "title of SITE-10.c", "low"), List.of(mild.ruleId(), mild.certainty(), mild.title(), mild.severity()));
        Finding both = site(analyse("MILD-STATE")).get(0);
        assertEquals("title of SITE-10", both.title(), "the more severe level words it");
    }

    @Test
    void aSuffixedRuleWithoutOfIsAFindingOfItsOwnWithItsOwnTexts() throws Exception {
        List<Finding> findings = site(analyse("TWO"));
        assertEquals(List.of("SITE-20", "SITE-20.b"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(List.of("title of SITE-20", "title of SITE-20.b"), findings.stream().map(Finding::title).toList());
        assertEquals(List.of("act for SITE-20.b"), findings.get(1).actions().stream().map(a -> a.text()).toList());
        assertTrue(findings.stream().allMatch(f -> f.certainty().equals("risk")), "a rule without @trigger looks at a state");
    }

    @Test
    void aRootCauseGroupsTheFindingsThatMatchedItsFactsAndNoOthers() throws Exception {
        Report report = analyse("CAUSE-STATE-TWO");
        assertEquals(List.of("SITE-10", "SITE-20", "SITE-20.b"), site(report).stream().map(Finding::ruleId).toList());
        Report.Cause cause = report.causes().stream().filter(c -> c.id().equals("SITE-CAUSE")).findFirst().orElseThrow();
        assertEquals(List.of("SITE-10", "SITE-20", "SITE-20.b"), cause.findings().stream().filter(id -> id.startsWith("SITE-")).toList(),
                "every site finding that matched the server");
        assertTrue(cause.findings().stream().allMatch(id -> report.findings().stream().anyMatch(f -> f.ruleId().equals(id))),
                "a cause lists findings of the report, by their ids");
        Report alone = analyse("STATE");
        assertTrue(alone.causes().stream().noneMatch(c -> c.id().equals("SITE-CAUSE")), "no cause without its diagnosis");
    }

    @Test
    void anOfThatNamesNoFindingRuleIsRefusedWhereItIsWritten() throws Exception {
        Path site = temp.resolve("bad-of");
        Files.createDirectories(site);
        Files.writeString(site.resolve("bad.drl"), """
                package site.bad;
                import org.mabsadvisor.facts.*;

                rule "SITE-30 of nothing"
                    @id("SITE-30") @of("SITE-99") @severity("low") @reference("https://intranet.example/30") @languages("en")
                when
                    MabsServer( name == "x" )
                then
                end

                rule "SITE-31 of a rule that is itself of another"
                    @id("SITE-31") @of("SITE-32") @severity("low") @reference("https://intranet.example/31") @languages("en")
                when
                    MabsServer( name == "x" )
                then
                end

                rule "SITE-32 of a built-in rule"
                    @id("SITE-32") @of("BK-01") @severity("low") @reference("https://intranet.example/32") @languages("en")
                when
                    MabsServer( name == "x" )
                then
                end

                rule "SITE-33 of a cause"
                    @id("SITE-33") @of("CAUSE-MARS-ENGINE-DOWN") @severity("low") @reference("https://intranet.example/33") @languages("en")
                when
                    MabsServer( name == "x" )
                then
                end
                """);
        StringBuilder texts = new StringBuilder();
        for (String id : List.of("SITE-30", "SITE-31", "SITE-32", "SITE-33")) {
            texts.append(id).append(":\n  en: { title: t, evidence: e, actions: [ { do: d } ] }\n");
        }
        Files.writeString(site.resolve("bad.texts.yaml"), texts.toString());
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> RuleSet.load(RuleSetOptions.of(Project.builtInRules(), List.of(site), null)));
        String all = e.problems().toString();
        String file = site.resolve("bad.drl").toString();
        assertTrue(all.contains(file + ":4:"), all);
        assertTrue(all.contains("@of(\"SITE-99\"): no rule has that id"), all);
        assertTrue(all.contains("@of(\"SITE-32\"): that rule is itself @of(\"BK-01\"): name that one"), all);
        assertTrue(all.contains("@of(\"CAUSE-MARS-ENGINE-DOWN\"): that rule is a cause, not a finding"), all);
        assertEquals(3, e.problems().size(), "a site rule may be @of a built-in finding rule (SITE-32): " + all);
    }
}
