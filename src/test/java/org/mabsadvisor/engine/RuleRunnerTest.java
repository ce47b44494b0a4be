package org.mabsadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.testing.Project;

/**
 * Runs of one runner follow each other on pooled sessions and reused worker threads: a host never
 * sees the facts, the diagnoses nor the listeners of an earlier one, even of one whose run failed
 * or was given up on, and a consequence stuck past the time limit holds neither the caller nor
 * the next run.
 */
class RuleRunnerTest {

    /** Rules that misbehave for one server name each, and leave every other host alone. */
    private static final String SITE_RULES = """
            package site.rules;

            import org.mabsadvisor.facts.*;

            rule "SITE-LOOP refires for LOOP01"
                @id("SITE-LOOP") @severity("low") @section("basic-troubleshooting")
            when
                $server : MabsServer(name == "LOOP01")
            then
                update($server);
            end

            rule "SITE-THROW fails for THROW01"
                @id("SITE-THROW") @severity("low") @section("basic-troubleshooting")
            when
                $server : MabsServer(name == "THROW01")
            then
                throw new IllegalStateException("failed on purpose");
            end

            rule "SITE-STUCK busy for 4 s for STUCK01"
                @id("SITE-STUCK") @severity("low") @section("basic-troubleshooting")
            when
                $server : MabsServer(name == "STUCK01")
            then
                long end = System.nanoTime() + 4_000_000_000L;
                while (System.nanoTime() < end) {
                }
            end
            """;

    private static final String SITE_TEXTS = """
            SITE-LOOP:
              en: { title: Loop, evidence: loop, actions: [ { do: nothing } ] }
              fr: { title: Boucle, evidence: boucle, actions: [ { do: rien } ] }
            SITE-THROW:
              en: { title: Throw, evidence: throw, actions: [ { do: nothing } ] }
              fr: { title: Exception, evidence: exception, actions: [ { do: rien } ] }
            SITE-STUCK:
              en: { title: Stuck, evidence: stuck, actions: [ { do: nothing } ] }
              fr: { title: Bloquée, evidence: bloquée, actions: [ { do: rien } ] }
            """;

    private static final FactsLoader LOADER = new FactsLoader();
    private static RuleSet withSiteRules;

    @BeforeAll
    static void compileSiteRules(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("misbehave.drl"), SITE_RULES, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("misbehave.texts.yaml"), SITE_TEXTS, StandardCharsets.UTF_8);
        withSiteRules = RuleSet.load(Project.builtInRules(), List.of(site), null);
    }

    private static FactSet sample(String name) throws Exception {
        return FactSet.of(LOADER.load(Project.samples().resolve(name)));
    }

    private static FactSet server(String name) throws Exception {
        String json = "{\"schemaVersion\": \"1\", \"server\": {\"name\": \"" + name + "\"}}";
        return FactSet.of(LOADER.parse(name + ".json", json.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a run found: each firing's rule and the pointers of its facts, and each diagnosis, sorted. */
    private static Set<String> outcome(RuleRunner runner, RuleSet rules, FactSet facts) throws RuleFailureException {
        RuleRun run = runner.run(facts, List.of(rules.policy()), f -> { });
        Set<String> out = new TreeSet<>();
        for (Firing f : run.firings()) {
            out.add(f.rule().id() + " " + f.facts().stream().map(m -> String.valueOf(m.pointer())).collect(Collectors.joining(",")));
        }
        run.diagnoses().forEach(d -> out.add("diagnosis " + d.cause()));
        return out;
    }

    private static Set<String> ruleIds(Set<String> outcome) {
        return outcome.stream().map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aHostSeesNoneOfTheFactsNorDiagnosesOfTheHostBefore() throws Exception {
        RuleRunner runner = new RuleRunner(withSiteRules.rules(), RunLimits.DEFAULT);
        FactSet replica = sample("replica-inconsistent.json");
        FactSet mail = sample("email-office365.json");
        FactSet healthy = sample("healthy.json");
        Set<String> mailAlone = outcome(runner, withSiteRules, mail);
        Set<String> replicaOutcome = outcome(runner, withSiteRules, replica);
        assertTrue(replicaOutcome.contains("diagnosis CAUSE-REPLICA-INCONSISTENT"), replicaOutcome.toString());
        assertTrue(ruleIds(replicaOutcome).stream().noneMatch(ruleIds(mailAlone)::contains), "the two hosts share no finding");

        assertEquals(mailAlone, outcome(runner, withSiteRules, mail), "the same findings after another host as before it");
        assertEquals(Set.of(), outcome(runner, withSiteRules, healthy), "nothing left of the hosts before");
        assertEquals(replicaOutcome, outcome(runner, withSiteRules, replica));
    }

    @Test
    void aRunsListenerNeitherSeesTheNextRunNorStaysOnTheSession() throws Exception {
        // A rule set of its own: its pool holds the one session that these runs, one at a time, share.
        RuleSet rules = RuleSet.load(Project.builtInRules(), List.of(), null);
        RuleRunner runner = new RuleRunner(rules.rules(), RunLimits.DEFAULT);
        List<Firing> first = new ArrayList<>();
        runner.run(sample("replica-inconsistent.json"), List.of(rules.policy()), first::add);
        int firstCount = first.size();
        assertTrue(firstCount > 0);
        List<Firing> second = new ArrayList<>();
        runner.run(sample("email-office365.json"), List.of(rules.policy()), second::add);
        assertFalse(second.isEmpty());
        assertEquals(firstCount, first.size(), "the first run's trace saw nothing of the second run");

        KieSession pooled = rules.rules().newSession();
        try {
            assertEquals(List.of(), List.copyOf(pooled.getAgendaEventListeners()));
            assertEquals(0, pooled.getFactCount());
        } finally {
            pooled.dispose();
        }
    }

    @Test
    void aSessionLeftByALoopOrAFailedConsequenceServesTheNextHostCleanly() throws Exception {
        RuleRunner runner = new RuleRunner(withSiteRules.rules(), new RunLimits(500, RunLimits.DEFAULT_TIMEOUT));
        FactSet mail = sample("email-office365.json");
        Set<String> mailAlone = outcome(runner, withSiteRules, mail);
        Set<String> bareAlone = outcome(runner, withSiteRules, server("MABS01"));

        RuleFailureException loop = assertThrows(RuleFailureException.class, () -> outcome(runner, withSiteRules, server("LOOP01")));
        assertTrue(loop.getMessage().contains("times on the same facts: a rule loops"), loop.getMessage());
        assertEquals(mailAlone, outcome(runner, withSiteRules, mail));

        RuleFailureException thrown = assertThrows(RuleFailureException.class, () -> outcome(runner, withSiteRules, server("THROW01")));
        assertTrue(thrown.getMessage().contains("failed on purpose"), thrown.getMessage());
        assertEquals(mailAlone, outcome(runner, withSiteRules, mail));
        assertEquals(bareAlone, outcome(runner, withSiteRules, server("MABS01")));
    }

    @Test
    void aStuckConsequenceHoldsNeitherTheCallerNorTheNextRun() throws Exception {
        FactSet mail = sample("email-office365.json");
        Set<String> mailAlone = outcome(new RuleRunner(withSiteRules.rules(), RunLimits.DEFAULT), withSiteRules, mail);
        RuleRunner runner = new RuleRunner(withSiteRules.rules(), new RunLimits(RunLimits.DEFAULT_MAX_FIRINGS, Duration.ofSeconds(2)));

        long start = System.nanoTime();
        RuleFailureException stuck = assertThrows(RuleFailureException.class, () -> outcome(runner, withSiteRules, server("STUCK01")));
        assertTrue(stuck.getMessage().contains("did not finish within 2 s (the --rule-timeout); running or last fired: rule SITE-STUCK"),
                stuck.getMessage());
        assertTrue(System.nanoTime() - start < 3_500_000_000L, "the caller got the failure at the limit, not when the rule ended");
        // Same thread, same runner, while the first worker is still busy: the run must get another worker.
        assertEquals(mailAlone, outcome(runner, withSiteRules, mail));

        // Once the consequence ends, its session goes back to the pool; two runs take both sessions.
        Thread.sleep(Math.max(0, 4_500 - (System.nanoTime() - start) / 1_000_000));
        assertEquals(mailAlone, outcome(runner, withSiteRules, mail));
        assertEquals(mailAlone, outcome(runner, withSiteRules, mail));
    }
}
