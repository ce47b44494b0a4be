package org.mabsadvisor.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * A bounded load on a running server (bench/server-load.sh): a fixed number of warm-up requests (a
 * server runs for days; its first thousands of requests run before the JIT has compiled their path),
 * then a fixed number of analyses of one facts document sent as one host, the same as a fleet of
 * {@code hosts} hosts (the document with each host's name), and explains of one error, from
 * {@code clients} threads; prints p50, p99 and requests per second of each. It stops by itself.
 *   java -cp ... org.mabsadvisor.testing.ServerLoad URL FACTS REQUESTS CLIENTS WARMUP HOSTS
 */
public final class ServerLoad {
    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        byte[] facts = Files.readAllBytes(Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int hosts = Integer.parseInt(args[5]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<HttpRequest> oneHost = List.of(analysis(base, facts));
        List<HttpRequest> fleet = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int h = 0; h < hosts; h++) {
            ObjectNode document = (ObjectNode) json.readTree(facts);
            ((ObjectNode) document.get("server")).put("name", String.format(Locale.ROOT, "LOAD-%04d", h));
            fleet.add(analysis(base, json.writeValueAsBytes(document)));
        }
        List<HttpRequest> explain = List.of(HttpRequest.newBuilder(URI.create(base + "/api/v1/explain?format=json")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("ID: 100050", StandardCharsets.UTF_8)).build());
        print("warm-up: analyze", run(client, fleet, 201, warmup, clients));
        print("warm-up: explain", run(client, explain, 200, warmup, clients));
        print("analyze, one host", run(client, oneHost, 201, requests, clients));
        print("analyze, " + hosts + " hosts", run(client, fleet, 201, requests, clients));
        print("explain", run(client, explain, 200, requests, clients));
    }

    private static HttpRequest analysis(String base, byte[] facts) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/analyses")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(facts)).build();
    }

    /** Latencies in nanoseconds, sorted, and the wall time of the whole run as the last element. */
    private static List<Long> run(HttpClient client, List<HttpRequest> requests, int status, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(count);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                    long t = System.nanoTime();
                    HttpResponse<Void> r = client.send(requests.get(n % requests.size()), HttpResponse.BodyHandlers.discarding());
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
        System.out.printf(Locale.ROOT, "%-20s %6d requests  p50 %7.2f ms  p99 %7.2f ms  %8.1f requests/s%n", name, l.size(), p50, p99,
                l.size() / (wall / 1e9));
    }
}
