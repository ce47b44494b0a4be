package org.mabsadvisor.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RuleBase;
import org.mabsadvisor.engine.RuleCompiler;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.policy.InvalidPolicyException;
import org.mabsadvisor.policy.Policy;
import org.mabsadvisor.policy.PolicyLoader;

/** Everything loaded from rule folders: the compiled rules, their texts and the policy. */
public record RuleSet(RuleBase rules, RuleTexts texts, Policy policy, List<Path> folders) {

    /**
     * Loads the built-in folder (which holds the default policy) followed by the administrator's
     * folders; {@code policyOverride} may be null.
     */
    public static RuleSet load(Path builtIn, List<Path> extraFolders, Path policyOverride)
            throws InvalidRulesException, InvalidPolicyException {
        List<Path> folders = new ArrayList<>();
        folders.add(builtIn);
        folders.addAll(extraFolders);
        Policy policy = new PolicyLoader().load(builtIn.resolve(PolicyLoader.DEFAULT_FILE), policyOverride);
        RuleBase base = new RuleCompiler().compile(folders);
        List<RuleProblem> problems = new ArrayList<>();
        RuleTexts texts = RuleTexts.load(folders, base.rules(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        return new RuleSet(base, texts, policy, List.copyOf(folders));
    }
}
