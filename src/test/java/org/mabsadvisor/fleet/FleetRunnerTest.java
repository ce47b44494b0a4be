package org.mabsadvisor.fleet;

import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.host.HostPipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;

/**
 * The runner on its own, with inputs that take random times and then fail (so that no rule runs):
 * results come in input order whatever the timing, only a few inputs per thread are taken ahead,
 * and --fail-fast stops at the first failure.
 */
class FleetRunnerTest {

    @Test
    void resultsComeInInputOrderWhateverTheTiming() throws Exception {
        List<String> seen = new ArrayList<>();
        boolean complete = new FleetRunner(null, 4, false).run(inputs(200, new AtomicInteger()), result ->
                seen.add(((HostResult.Failed) result).failure().input()));
        assertTrue(complete);
        assertEquals(names(200), seen);
    }

    @Test
    void onlyAFewInputsPerThreadAreTakenAhead() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        List<Integer> aheadAtEachResult = new ArrayList<>();
        new FleetRunner(null, 2, false).run(inputs(300, taken), result -> aheadAtEachResult.add(taken.get()));
        for (int i = 0; i < aheadAtEachResult.size(); i++) {
            int ahead = aheadAtEachResult.get(i) - i;
            assertTrue(ahead <= 2 * 4 + 1, "result " + i + " came with " + ahead + " inputs taken ahead of it");
        }
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        List<HostResult> results = new ArrayList<>();
        boolean complete = new FleetRunner(null, 2, true).run(inputs(100, taken), results::add);
        assertFalse(complete);
        assertEquals(1, results.size());
        assertTrue(taken.get() < 100, "the rest was not even read: " + taken.get());
    }

    /** Inputs named host-000... that sleep a little, at random, then fail to read. */
    private static Iterator<HostInput> inputs(int count, AtomicInteger taken) {
        List<String> names = names(count);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return taken.get() < count;
            }

            @Override
            public HostInput next() {
                String name = names.get(taken.getAndIncrement());
                return new HostInput() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public HostFacts read() throws InvalidFactsException {
                        try {
                            Thread.sleep((long) (Math.random() * 5));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new InvalidFactsException(List.of(new InputProblem(name, 1, 1, "", "unreadable on purpose")));
                    }
                };
            }
        };
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(String.format("host-%03d", i));
        }
        return names;
    }
}
