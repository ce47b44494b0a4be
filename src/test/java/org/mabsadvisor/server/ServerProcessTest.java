package org.mabsadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.ForkedRun;
import org.mabsadvisor.testing.Project;

/**
 * {@code mabs-advisor serve} as a process of its own, as an administrator runs it: site rules loaded
 * again when their files change (and refused, never served stale, while they are broken), a
 * {@code kill -9} in the middle of uploads that leaves the store consistent and the history there
 * after a restart, and the options it refuses with exit code 2.
 */
class ServerProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A running server process and its port. */
    private record Served(Process process, int port) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private Served serve(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.mabsadvisor.cli.Main", "serve", "--port", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectError(temp.resolve("serve-" + System.nanoTime() + ".err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // Waits for the server's one line; a server that dies first ends the stream, and the test fails.
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String first = line.get(120, TimeUnit.SECONDS);
        if (first == null) {
            process.waitFor(10, TimeUnit.SECONDS);
            fail("serve ended before listening: exit " + (process.isAlive() ? "none" : process.exitValue()));
        }
        Matcher m = LISTENING.matcher(first);
        assertTrue(m.find(), first);
        return new Served(process, Integer.parseInt(m.group(1)));
    }

    private HttpResponse<String> upload(int port, String sample) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/analyses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Project.samples().resolve(sample))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ruleIds(String report) throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(report).get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        return ids;
    }

    @Test
    void siteRulesAreLoadedAgainWhenTheirFilesChangeAndNeverServedStale() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("site.drl"), drl("1.0"));
        Files.writeString(site.resolve("site.texts.yaml"), """
                SITE-01:
                  en: { title: "Agent older than the site minimum", evidence: "agent {$agent.version}", actions: [ { do: "update it" } ] }
                  fr: { title: "Agent plus ancien que le minimum du site", evidence: "agent {$agent.version}", actions: [ { do: "mettez-le à jour" } ] }
                """);
        try (Served served = serve("--data", temp.resolve("data").toString(), "--rules", site.toString())) {
            HttpResponse<String> before = upload(served.port(), "healthy.json");
            assertEquals(201, before.statusCode(), before.body());
            assertFalse(ruleIds(before.body()).contains("SITE-01"), "2.0.9277.0 is not older than 1.0");

            Files.writeString(site.resolve("site.drl"), drl("9.0"));
            HttpResponse<String> after = upload(served.port(), "healthy.json");
            assertTrue(ruleIds(after.body()).contains("SITE-01"), "the changed rule is in force at the next request: " + after.body());

            Files.writeString(site.resolve("site.drl"), drl("9.0").replace("then", "then oops("));
            HttpResponse<String> broken = upload(served.port(), "healthy.json");
            assertEquals(503, broken.statusCode(), broken.body());
            assertTrue(JSON.readTree(broken.body()).get("error").asText().contains(site.resolve("site.drl") + ":"), "the file and line: " + broken.body());
            assertEquals(503, get(served.port(), "/health").statusCode());

            Files.writeString(site.resolve("site.drl"), drl("1.0"));
            HttpResponse<String> fixed = upload(served.port(), "healthy.json");
            assertEquals(201, fixed.statusCode(), fixed.body());
            assertFalse(ruleIds(fixed.body()).contains("SITE-01"));
            assertEquals(200, get(served.port(), "/health").statusCode());
        }
    }

    private static String drl(String minimum) {
        return """
                package site.rules;

                import org.mabsadvisor.facts.*;
                import org.mabsadvisor.rules.Versions;

                rule "SITE-01 agent older than the site minimum"
                    @id("SITE-01") @severity("high") @reference("https://intranet.example/backup/site-01")
                when
                    $agent : MarsAgent( Versions.isOlder(version, "%s") )
                then
                end
                """.formatted(minimum);
    }

    @Test
    void aKillDuringUploadsLeavesTheStoreConsistentAndTheHistoryThereAfterARestart() throws Exception {
        Path data = temp.resolve("data");
        int kept;
        Served served = serve("--data", data.toString());
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(201, upload(served.port(), "tls-broken.json").statusCode());
            }
            kept = 3;
            // Uploads in flight when the process is killed: some may be kept, none half-kept.
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                inFlight.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + "/api/v1/analyses"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofFile(Project.samples().resolve("healthy-v4.json"))).build(), HttpResponse.BodyHandlers.ofString()));
            }
            inFlight.get(0).get(60, TimeUnit.SECONDS);
            served.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (CompletableFuture<HttpResponse<String>> f : inFlight) {
                try {
                    if (f.get(30, TimeUnit.SECONDS).statusCode() == 201) {
                        kept++;
                    }
                } catch (Exception e) {
                    // Cut off by the kill: it may or may not have been kept before the answer.
                }
            }
        } finally {
            served.close();
        }
        try (Served again = serve("--data", data.toString())) {
            HttpResponse<String> history = get(again.port(), "/api/v1/hosts/MABS01/analyses?limit=1000");
            assertEquals(200, history.statusCode(), history.body());
            JsonNode analyses = JSON.readTree(history.body()).get("analyses");
            assertTrue(analyses.size() >= kept && analyses.size() <= 11, "every answered upload is kept, nothing invented: " + analyses.size() + " for " + kept);
            for (JsonNode a : analyses) {
                HttpResponse<String> report = get(again.port(), "/api/v1/analyses/" + a.get("id").asInt());
                assertEquals(200, report.statusCode());
                assertEquals(a.get("findings").asInt(), JSON.readTree(report.body()).get("findings").size(), "each kept analysis is whole");
            }
            assertEquals(201, upload(again.port(), "healthy.json").statusCode(), "the store takes new analyses after the restart");
        }
    }

    @Test
    void optionsItCannotHonourAreRefusedWithExitCode2() throws Exception {
        ForkedRun open = ForkedRun.of(256, null, "serve", "--bind", "0.0.0.0", "--data", temp.resolve("d").toString());
        assertEquals(2, open.exitCode(), open.err());
        assertTrue(open.err().contains("--bind 0.0.0.0 needs --token-file"), open.err());
        ForkedRun port = ForkedRun.of(256, null, "serve", "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("--port must be from 0 to 65535"), port.err());
        ForkedRun lang = ForkedRun.of(256, null, "serve", "--lang", "de");
        assertEquals(2, lang.exitCode());
        assertTrue(lang.err().contains("--lang is en or fr, not 'de'"), lang.err());
        Path shortToken = temp.resolve("token");
        Files.writeString(shortToken, "abc\n");
        ForkedRun weak = ForkedRun.of(256, null, "serve", "--token-file", shortToken.toString(), "--data", temp.resolve("d").toString());
        assertEquals(2, weak.exitCode());
        assertTrue(weak.err().contains("shorter than 16 characters"), weak.err());
        ForkedRun noDb = ForkedRun.of(256, null, "serve", "--database", "jdbc:postgresql://127.0.0.1:1/none", "--port", "0");
        assertEquals(2, noDb.exitCode(), noDb.err());
        assertTrue(noDb.err().startsWith("mabs-advisor: cannot open the store at jdbc:postgresql://127.0.0.1:1/none"), noDb.err());
        assertFalse(noDb.err().contains("\tat "), "no stack trace: " + noDb.err());
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ForkedRun busy = ForkedRun.of(256, null, "serve", "--port", Integer.toString(taken.getLocalPort()), "--data", temp.resolve("d").toString());
            assertEquals(2, busy.exitCode(), busy.err());
            assertTrue(busy.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), busy.err());
            assertFalse(busy.err().contains("\tat "), "no stack trace: " + busy.err());
        }
    }
}
