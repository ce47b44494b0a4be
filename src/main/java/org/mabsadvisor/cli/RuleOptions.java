package org.mabsadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.policy.InvalidPolicyException;
import picocli.CommandLine.Option;

/** The options that choose the rules and the policy, shared by every command that loads rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of extra DRL rules (with their .texts.yaml); repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "A YAML file overriding thresholds of the default policy.")
    Path policy;

    /** Loads the built-in rules and the extra folders; prints every problem and returns null when they cannot be used. */
    RuleSet load(PrintWriter err) {
        try {
            return RuleSet.load(AdvisorHome.builtInRules(), ruleFolders, policy);
        } catch (InvalidRulesException e) {
            printProblems(err, e);
            return null;
        } catch (InvalidPolicyException e) {
            err.println("mabs-advisor: the policy is not valid: " + e.getMessage());
            return null;
        }
    }

    static void printProblems(PrintWriter err, InvalidRulesException e) {
        err.println("mabs-advisor: the rules cannot be used:");
        for (RuleProblem p : e.problems()) {
            err.println("  " + p);
        }
    }
}
