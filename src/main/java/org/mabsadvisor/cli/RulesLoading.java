package org.mabsadvisor.cli;

import java.util.concurrent.CompletableFuture;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.findings.RuleSetOptions;
import org.mabsadvisor.policy.InvalidPolicyException;
import org.mabsadvisor.site.InvalidSiteConfigException;

/** Rules loading on a thread of their own, with the options they are loaded with. */
final class RulesLoading {

    /** The rules, or why they cannot be used. */
    record Outcome(RuleSet rules, Exception problem) {
    }

    private final RuleSetOptions options;
    private final CompletableFuture<Outcome> outcome;

    private RulesLoading(RuleSetOptions options, CompletableFuture<Outcome> outcome) {
        this.options = options;
        this.outcome = outcome;
    }

    /** Starts loading; the thread is a daemon, so that a run that ends early does not wait for the rules. */
    static RulesLoading start(RuleSetOptions options) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread loader = new Thread(() -> outcome.complete(attempt(options)), "rules-loading");
        loader.setDaemon(true);
        loader.start();
        return new RulesLoading(options, outcome);
    }

    /** Loads the rules on this thread. */
    static Outcome attempt(RuleSetOptions options) {
        try {
            return new Outcome(RuleSet.load(options), null);
        } catch (InvalidRulesException | InvalidPolicyException | InvalidSiteConfigException | RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    RuleSetOptions options() {
        return options;
    }

    /** Waits for the outcome. */
    Outcome outcome() {
        return outcome.join();
    }
}
