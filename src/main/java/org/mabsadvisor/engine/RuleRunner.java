package org.mabsadvisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.mabsadvisor.facts.Derived;
import org.mabsadvisor.facts.Diagnosis;
import org.mabsadvisor.facts.FactSet;

/**
 * Evaluates one server's facts against a compiled {@link RuleBase}: a session of the rule base's
 * pool per fact set, on a worker thread that a watchdog can give up on, firings captured from the
 * engine's own matches so that rule authors write nothing to report evidence.
 */
public final class RuleRunner {

    /** How many firings a run may take before it is declared a loop. */
    public static final int DEFAULT_MAX_FIRINGS = RunLimits.DEFAULT_MAX_FIRINGS;

    /** How long an idle worker thread waits for another run before it ends. */
    private static final long IDLE_WORKER_SECONDS = 30;

    private final RuleBase rules;
    private final RunLimits limits;
    /**
     * Worker threads, reused from one run to the next: starting a thread (and an executor) per
     * host cost about a fifth of a fleet's analysis. A worker stuck in a consequence stays busy, so
     * no run is ever handed to it again; the next run gets another thread. Daemon threads: a
     * consequence stuck in a Java loop cannot be interrupted, but it must not keep the process
     * alive once the watchdog has given up on it.
     */
    private final ExecutorService workers;

    public RuleRunner(RuleBase rules, int maxFirings) {
        this(rules, new RunLimits(maxFirings, RunLimits.DEFAULT_TIMEOUT));
    }

    public RuleRunner(RuleBase rules, RunLimits limits) {
        this.rules = rules;
        this.limits = limits;
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_WORKER_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), Worker::new);
    }

    /**
     * Inserts the fact set and the extra facts (such as the policy), fires the rules and returns
     * every firing of a rule that has an id, in firing order, and the diagnoses inserted;
     * {@code trace} sees each firing as it happens. A watchdog stops the run at the time limit.
     */
    public RuleRun run(FactSet facts, List<Object> extraFacts, Consumer<Firing> trace) throws RuleFailureException {
        Evaluation evaluation = new Evaluation(facts, extraFacts, trace);
        Future<RuleRun> result = workers.submit(evaluation::run);
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            evaluation.abandon();
            // The interrupt ends a consequence that sleeps or waits; one in a Java loop ignores it and keeps its worker.
            result.cancel(true);
            Rule last = evaluation.current.get();
            String where = last != null ? "running or last fired: " + ruleLabel(last)
                    : "no rule had fired yet: the time went into matching conditions, typically a rule that joins many facts with each other";
            throw new RuleFailureException("the rules did not finish within " + limits.timeout().toSeconds()
                    + " s (the --rule-timeout); " + where, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleFailureException failure) {
                throw failure;
            }
            throw new RuleFailureException("evaluating rules failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            evaluation.abandon();
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleFailureException("the evaluation was interrupted", e);
        }
    }

    /** A worker thread: a daemon named "rules". */
    private static final class Worker extends Thread {
        Worker(Runnable task) {
            super(task, "rules");
            setDaemon(true);
        }
    }

    /**
     * One run, on a worker thread. The session goes back to the pool when the worker is done with
     * it, and may at once serve another run: the lock makes sure that a watchdog giving up halts
     * the session while this run still holds it, never one that another run has taken since.
     */
    private final class Evaluation {
        private final FactSet facts;
        private final List<Object> extraFacts;
        private final Consumer<Firing> trace;
        /** The rule running or fired last, for the watchdog's message. */
        private final AtomicReference<Rule> current = new AtomicReference<>(null);
        private final Object lock = new Object();
        /** Guarded by {@code lock}: the session while this run holds it. */
        private KieSession session;
        /** Guarded by {@code lock}: the run is over, finished or given up on. */
        private boolean over;

        Evaluation(FactSet facts, List<Object> extraFacts, Consumer<Firing> trace) {
            this.facts = facts;
            this.extraFacts = extraFacts;
            this.trace = trace;
        }

        RuleRun run() throws RuleFailureException {
            KieSession taken = rules.newSession();
            synchronized (lock) {
                if (over) {
                    // Given up on before a worker was free to start it: nobody waits for the result.
                    taken.dispose();
                    return null;
                }
                session = taken;
            }
            try {
                return evaluate(taken, facts, extraFacts, trace, current);
            } finally {
                synchronized (lock) {
                    over = true;
                    session = null;
                }
                taken.dispose();
            }
        }

        /** Halts the session if this run still holds it; the worker gives it back once it stops. */
        void abandon() {
            synchronized (lock) {
                if (!over && session != null) {
                    session.halt();
                }
                over = true;
            }
        }
    }

    private RuleRun evaluate(KieSession session, FactSet facts, List<Object> extraFacts, Consumer<Firing> trace,
            AtomicReference<Rule> current) throws RuleFailureException {
        List<Firing> firings = new ArrayList<>();
        // Many facts make many firings; only the same activation coming back again and again is a loop.
        LoopGuard guard = new LoopGuard(limits.maxFirings(), facts.entries().size() + extraFacts.size());
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current.set(event.getMatch().getRule());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Match match = event.getMatch();
                Rule rule = match.getRule();
                if (guard.fired(rule, match.getObjects())) {
                    // Stops after this firing; the run is then reported as a loop below.
                    session.halt();
                }
                RuleInfo info = rules.info(rule.getPackageName(), rule.getName());
                if (info == null) {
                    return;
                }
                Firing firing = firingOf(info, match, facts);
                firings.add(firing);
                trace.accept(firing);
            }
        };
        // A pooled session keeps its listeners unless they are removed: this run's must not see the next one's firings.
        session.addEventListener(listener);
        try {
            for (Object extra : extraFacts) {
                session.insert(extra);
            }
            for (FactSet.Entry entry : facts.entries()) {
                session.insert(entry.fact());
            }
            session.fireAllRules((int) Math.min(Integer.MAX_VALUE, guard.totalLimit()));
            if (guard.looping() != null || guard.fired() >= guard.totalLimit()) {
                throw loop(guard);
            }
            List<Diagnosis> diagnoses = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Diagnosis)) {
                diagnoses.add((Diagnosis) o);
            }
            return new RuleRun(firings, diagnoses);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new RuleFailureException("the consequence of " + ruleLabel(e.getRule()) + " failed: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + firstLine(cause.getMessage()) : ""), e,
                    rules.info(e.getRule().getPackageName(), e.getRule().getName()));
        } catch (RuntimeException e) {
            // Conditions are evaluated on insert and during firing; Drools names the rule in the message.
            throw new RuleFailureException("evaluating rule conditions failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + firstLine(e.getMessage()) : ""), e);
        } finally {
            session.removeEventListener(listener);
        }
    }

    private RuleFailureException loop(LoopGuard guard) {
        // Loops are often two rules undoing each other: name the few that fired most.
        List<Map.Entry<Rule, Integer>> most = guard.byRule().entrySet().stream()
                .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
                .limit(3)
                .toList();
        String worst = most.stream()
                .map(e -> ruleLabel(e.getKey()) + " (fired " + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
        LoopGuard.Activation looping = guard.looping();
        Rule top = looping != null ? looping.rule() : most.isEmpty() ? null : most.get(0).getKey();
        String why = looping != null
                ? "the rules did not settle: " + ruleLabel(looping.rule()) + " fired more than " + guard.repeatLimit() + " times on the same facts"
                        + ": a rule loops"
                : "the rules fired " + guard.fired() + " times without settling, more than the facts account for (the limit is "
                        + guard.totalLimit() + ": --max-firings plus " + LoopGuard.FIRINGS_PER_FACT
                        + " per fact): a rule loops, likely inserting facts that make it fire again";
        return new RuleFailureException(why + "; most fired: " + worst, null,
                top == null ? null : rules.info(top.getPackageName(), top.getName()));
    }

    private String ruleLabel(Rule rule) {
        RuleInfo info = rules.info(rule.getPackageName(), rule.getName());
        return info == null ? "rule \"" + rule.getName() + "\""
                : "rule " + info.id() + " \"" + rule.getName() + "\" (" + info.file() + ":" + info.line() + ")";
    }

    private static Firing firingOf(RuleInfo info, Match match, FactSet facts) {
        Map<String, Object> bindings = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            bindings.put(id, match.getDeclarationValue(id));
        }
        List<MatchedFact> matched = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            matched.add(new MatchedFact(facts.pointerOf(fact), fact));
            if (fact instanceof Derived derived) {
                // A derived fact (a diagnosis, a recognised error) stands for the input facts it came from: show those as evidence.
                for (Object basis : derived.basis()) {
                    matched.add(new MatchedFact(facts.pointerOf(basis), basis));
                }
            }
        }
        return new Firing(info, bindings, matched);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
