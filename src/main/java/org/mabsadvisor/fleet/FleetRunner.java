package org.mabsadvisor.fleet;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.host.HostPipeline;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;

/**
 * Analyses the inputs of a fleet on several threads with one shared {@link HostPipeline}, and hands
 * each result on in input order, so that outputs do not depend on timing. At most a few inputs per
 * thread are in flight: an input is read, analysed, handed on and dropped, and memory does not grow
 * with the fleet. One input that fails (bad facts, a rule that throws) is a result like the others;
 * with {@code failFast} the run stops at the first one.
 */
public final class FleetRunner {
    /** Inputs in flight per thread: enough to keep threads busy while the results wait for their turn. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final HostPipeline analysis;
    private final int threads;
    private final boolean failFast;

    public FleetRunner(HostPipeline analysis, int threads, boolean failFast) {
        this.analysis = analysis;
        this.threads = threads;
        this.failFast = failFast;
    }

    /** Takes each result, in input order, on the thread that runs the fleet. */
    @FunctionalInterface
    public interface Results {
        void accept(HostResult result) throws IOException;
    }

    /** Runs every input; false when {@code failFast} stopped the run at a failed input. */
    public boolean run(Iterator<HostInput> inputs, Results results) throws IOException, InterruptedException {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<HostResult>> inFlight = new ArrayDeque<>();
        try {
            while (inputs.hasNext()) {
                HostInput input = inputs.next();
                inFlight.add(pool.submit(() -> analyse(input)));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD && !handOn(inFlight.poll(), results)) {
                    return false;
                }
            }
            while (!inFlight.isEmpty()) {
                if (!handOn(inFlight.poll(), results)) {
                    return false;
                }
            }
            return true;
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /** Waits for a result and hands it on; false when it failed and the run must stop. */
    private boolean handOn(Future<HostResult> future, Results results) throws IOException, InterruptedException {
        HostResult result;
        try {
            result = future.get();
        } catch (ExecutionException e) {
            // Not a bad input nor a rule failure: a defect of the tool, which must not pass as a host's problem.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        results.accept(result);
        return !(failFast && result instanceof HostResult.Failed);
    }

    private HostResult analyse(HostInput input) {
        try {
            HostFacts facts = input.read();
            Report report = analysis.analyze(facts, input.name());
            return new HostResult.Analysed(report, facts.warnings());
        } catch (InvalidFactsException e) {
            return new HostResult.Failed(new HostFailure(input.name(), HostFailure.INPUT, e.problems()), null);
        } catch (IOException e) {
            return new HostResult.Failed(new HostFailure(input.name(), HostFailure.INPUT,
                    List.of(new InputProblem(input.name(), 0, 0, "", "cannot be read: " + e.getMessage()))), e);
        } catch (RuleFailureException e) {
            return new HostResult.Failed(new HostFailure(input.name(), HostFailure.RULES,
                    List.of(new InputProblem(input.name(), 0, 0, "", e.getMessage()))), e.getCause());
        }
    }
}
