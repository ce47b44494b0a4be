package org.mabsadvisor.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a running server (bench/server-load.sh): a fixed number of warm-up requests,
 * then a fixed number of analyses of one facts document and of explains of one error, from
 * {@code clients} threads; prints p50, p99 and requests per second of each. It stops by itself.
 *   java -cp ... org.mabsadvisor.testing.ServerLoad URL FACTS REQUESTS CLIENTS
 */
public final class ServerLoad {
    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        byte[] facts = Files.readAllBytes(Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest analyze = HttpRequest.newBuilder(URI.create(base + "/api/v1/analyses")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(facts)).build();
        HttpRequest explain = HttpRequest.newBuilder(URI.create(base + "/api/v1/explain?format=json")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("ID: 100050", StandardCharsets.UTF_8)).build();
        run(client, analyze, 201, Math.max(50, requests / 10), clients);
        run(client, explain, 200, Math.max(50, requests / 10), clients);
        print("analyze", run(client, analyze, 201, requests, clients));
        print("explain", run(client, explain, 200, requests, clients));
    }

    /** Latencies in nanoseconds, sorted, and the wall time of the whole run as the last element. */
    private static List<Long> run(HttpClient client, HttpRequest request, int status, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(count);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long t = System.nanoTime();
                    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies.add(System.nanoTime() - t);
                    if (r.statusCode() != status) {
                        throw new IllegalStateException("answered " + r.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        sorted.add(wall);
        return sorted;
    }

    private static void print(String name, List<Long> run) {
        long wall = run.get(run.size() - 1);
        List<Long> l = run.subList(0, run.size() - 1);
        double p50 = l.get(l.size() / 2) / 1e6;
        double p99 = l.get(Math.min(l.size() - 1, (int) Math.ceil(l.size() * 0.99) - 1)) / 1e6;
        System.out.printf(Locale.ROOT, "%-8s %6d requests  p50 %7.2f ms  p99 %7.2f ms  %8.1f requests/s%n", name, l.size(), p50, p99,
                l.size() / (wall / 1e9));
    }
}
