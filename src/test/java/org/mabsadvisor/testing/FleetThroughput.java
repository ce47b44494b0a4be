package org.mabsadvisor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.mabsadvisor.cli.FleetPipeline;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.fleet.Fleet;
import org.mabsadvisor.host.HostReader;

/**
 * Throughput of a fleet analysis against its floors, in one process so that the load of a shared
 * machine weighs on all alike: rounds alternate (a) parsing every document of an NDJSON file with
 * Jackson into a tree, and nothing else, (b) loading it as the fleet loads a host (the tree, the
 * schema, the records, the warnings), no rules, and (c) the fleet path of {@code analyze FILE.ndjson}
 * (schema validation, facts, rules, findings, a JSON fleet report encoded to a discarding stream),
 * all on the same number of threads, each with a main thread that reads the lines and takes the
 * results in input order. Prints every round, then the median documents per second of each and
 * the ratios of the analysis to each floor. The rules are loaded once, before the rounds: a fleet loads them once too.
 *
 * <p>{@code java -cp target/mabs-advisor.jar:target/test-classes org.mabsadvisor.testing.FleetThroughput FILE.ndjson [ROUNDS] [THREADS]}
 * (run from the project folder, whose rules-drl/ holds the built-in rules); {@code bench/fleet-throughput.sh} builds the file and runs it.
 */
public final class FleetThroughput {
    /** Documents in flight per thread in the parsing rounds, as in the fleet runner. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private FleetThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FleetThroughput FILE.ndjson [ROUNDS] [THREADS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        RuleSet rules = FleetPipeline.builtInRules();
        System.out.printf(Locale.ROOT, "%s: %,d bytes; %d threads, %d rounds of each after a warm-up round%n", file, Files.size(file), threads, rounds);
        double[] parse = new double[rounds];
        double[] load = new double[rounds];
        double[] analyse = new double[rounds];
        for (int round = 0; round <= rounds; round++) {
            String label = round == 0 ? "warm-up" : "round " + round;
            Measure p = time(() -> eachDocument(file, threads, FleetThroughput::parseTree));
            System.out.printf(Locale.ROOT, "%-8s parse    %,9d docs in %6.2f s: %,8.0f docs/s%n", label, p.docs(), p.seconds(), p.rate());
            HostReader reader = new HostReader(InputStream.nullInputStream(), InputLimits.DEFAULT);
            Measure l = time(() -> eachDocument(file, threads, document -> loadFacts(reader, document)));
            System.out.printf(Locale.ROOT, "%-8s load     %,9d docs in %6.2f s: %,8.0f docs/s%n", label, l.docs(), l.seconds(), l.rate());
            Measure a = time(() -> analyse(rules, file, threads));
            System.out.printf(Locale.ROOT, "%-8s analyse  %,9d docs in %6.2f s: %,8.0f docs/s%n", label, a.docs(), a.seconds(), a.rate());
            if (round > 0) {
                parse[round - 1] = p.rate();
                load[round - 1] = l.rate();
                analyse[round - 1] = a.rate();
            }
        }
        double parseMedian = median(parse);
        double loadMedian = median(load);
        double analyseMedian = median(analyse);
        System.out.printf(Locale.ROOT, "median parse-only: %,.0f docs/s%n", parseMedian);
        System.out.printf(Locale.ROOT, "median load:       %,.0f docs/s%n", loadMedian);
        System.out.printf(Locale.ROOT, "median analysis:   %,.0f docs/s%n", analyseMedian);
        System.out.printf(Locale.ROOT, "analysis / load:       %.1f %%%n", 100 * analyseMedian / loadMedian);
        System.out.printf(Locale.ROOT, "analysis / parse-only: %.1f %%%n", 100 * analyseMedian / parseMedian);
    }

    /** A tree of the document, or -1 when it is not JSON. */
    private static int parseTree(byte[] document) {
        try {
            JsonNode tree = TREES.readTree(document);
            return tree == null ? 0 : tree.size();
        } catch (IOException e) {
            return -1;
        }
    }

    private static final ObjectMapper TREES = new ObjectMapper();

    /** The load floor: the document read, checked against the schema and bound to the facts records, as the fleet reads a host, and its warnings. */
    private static int loadFacts(HostReader reader, byte[] document) {
        try {
            FactsDocument facts = reader.parse("fleet.ndjson", document);
            return reader.warnings("fleet.ndjson", facts).size();
        } catch (InvalidFactsException e) {
            return -1;
        }
    }

    /** Documents done and the time they took. */
    private record Measure(long docs, double seconds) {
        double rate() {
            return docs / seconds;
        }
    }

    @FunctionalInterface
    private interface Run {
        long docs() throws Exception;
    }

    private static Measure time(Run run) throws Exception {
        System.gc();
        long start = System.nanoTime();
        long docs = run.docs();
        return new Measure(docs, (System.nanoTime() - start) / 1e9);
    }

    /** The real fleet path into a JSON report that is encoded as UTF-8 and thrown away; the documents read, good or bad. */
    private static long analyse(RuleSet rules, Path file, int threads) throws IOException, InterruptedException {
        try (Writer sink = new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8))) {
            Fleet.Verdict verdict = FleetPipeline.analyse(rules, List.of(file.toString()), threads, "json", sink);
            return verdict.analysed() + verdict.failed();
        }
    }

    /**
     * {@code work} on every line on {@code threads} threads, the main thread reading the lines and
     * taking the results in order, as the fleet runner does; a line that is not valid counts like the others.
     */
    private static long eachDocument(Path file, int threads, ToIntFunction<byte[]> work)
            throws IOException, InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "floor");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Integer>> inFlight = new ArrayDeque<>();
        long docs = 0;
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            byte[] line;
            while ((line = lines.next()) != null) {
                byte[] document = line;
                inFlight.add(pool.submit(() -> work.applyAsInt(document)));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    inFlight.poll().get();
                    docs++;
                }
            }
            while (!inFlight.isEmpty()) {
                inFlight.poll().get();
                docs++;
            }
        } finally {
            pool.shutdownNow();
        }
        return docs;
    }

    /** The non-blank lines of a stream, read in blocks. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            byte[] pending = new byte[0];
            while (true) {
                for (int i = start; i < end; i++) {
                    if (buffer[i] == '\n') {
                        byte[] line = concat(pending, buffer, start, i);
                        start = i + 1;
                        if (line.length > 0) {
                            return line;
                        }
                        pending = line;
                    }
                }
                pending = concat(pending, buffer, start, end);
                start = 0;
                end = in.read(buffer);
                if (end <= 0) {
                    end = 0;
                    return pending.length > 0 ? pending : null;
                }
            }
        }

        private static byte[] concat(byte[] head, byte[] buffer, int from, int to) {
            byte[] all = Arrays.copyOf(head, head.length + to - from);
            System.arraycopy(buffer, from, all, head.length, to - from);
            return all;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
