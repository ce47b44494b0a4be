package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The default rules start loading before the command line is parsed only when no argument chooses other rules. */
class RuleOptionsTest {

    @Test
    void theListOfRuleOptionsIsEveryOptionThatChoosesRules() {
        CommandLine.Model.CommandSpec mixin = new CommandLine(new AnalyzeCommand()).getCommandSpec().mixins().get("ruleOptions");
        Set<String> declared = new TreeSet<>();
        mixin.options().forEach(o -> declared.add(o.longestName()));
        assertEquals(declared, new TreeSet<>(RuleOptions.NAMES));
    }

    @Test
    void anArgumentThatMayChooseRulesStopsTheEarlyStart() {
        for (String arg : RuleOptions.NAMES) {
            assertNull(RuleOptions.ahead(new String[] {"analyze", "x.json", arg, "value"}), arg);
            assertNull(RuleOptions.ahead(new String[] {"analyze", "x.json", arg + "=value"}), arg);
        }
        assertNull(RuleOptions.ahead(new String[] {"analyze", "@more-arguments.txt"}));
    }

    @Test
    void earlyAndLateLoadsGiveTheSameReports() {
        String sample = org.mabsadvisor.testing.Project.samples().resolve("backup-failures.json").toString();
        CliRun early = CliRun.of("analyze", sample, "--format", "json");
        CliRun late = CliRun.of("analyze", sample, "--format", "json", "--cache-dir", System.getProperty("mabs.advisor.cache"));
        assertEquals(late.exitCode(), early.exitCode());
        // Each run states when it started, which may be another second.
        String time = "\"(generatedAt|analysedAt)\" : \"[^\"]*\"";
        assertEquals(late.out().replaceAll(time, ""), early.out().replaceAll(time, ""));
        assertEquals(late.err(), early.err());
    }
}
