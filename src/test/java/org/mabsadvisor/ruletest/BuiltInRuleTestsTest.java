package org.mabsadvisor.ruletest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleRunner;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.testing.Project;

/** Runs the rule test cases that live next to the built-in rules, and checks every rule is tested both ways. */
class BuiltInRuleTestsTest {

    private static RuleSet rules;
    private static List<RuleTestResult> results;

    @BeforeAll
    static void runAll() throws Exception {
        rules = RuleSet.load(Project.builtInRules(), List.of(), null);
        RuleTests tests = new RuleTests(new Advisor(rules, RuleRunner.DEFAULT_MAX_FIRINGS, "test"));
        results = new ArrayList<>();
        for (Path file : RuleTests.testFiles(List.of(Project.builtInRules()))) {
            results.addAll(tests.run(file));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCasePasses() {
        return results.stream().map(r -> DynamicTest.dynamicTest(Path.of(r.file()).getFileName() + ": " + r.name(),
                () -> assertTrue(r.passed(), String.join("\n", r.failures()))));
    }

    @Test
    void everyBuiltInRuleIsShownToFireAndNotToFire() {
        Set<String> shownFiring = new HashSet<>();
        Set<String> shownSilent = new HashSet<>();
        for (RuleTestResult r : results) {
            if (r.passed()) {
                shownFiring.addAll(r.expectedToFire());
                shownSilent.addAll(r.expectedNotToFire());
            }
        }
        Set<String> untested = new TreeSet<>();
        for (RuleInfo rule : rules.rules().rules()) {
            if (!shownFiring.contains(rule.id())) {
                untested.add(rule.id() + " (never shown to fire)");
            }
            if (!shownSilent.contains(rule.id())) {
                untested.add(rule.id() + " (never shown not to fire)");
            }
        }
        assertTrue(untested.isEmpty(), "rules without a passing test both ways: " + untested);
    }
}
