package org.mabsadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.store.AnalysisStore;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.Zips;

/**
 * The API of {@code serve} over real HTTP on loopback: uploads of each kind, the history that
 * compares each analysis with the host's previous one, explain, rules and schemas, and every
 * refusal with its status and a message that says where. Each answer is checked against the
 * OpenAPI document the server publishes.
 */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private ServerFixture server;
    private OpenApiDocument api;

    @BeforeEach
    void start() throws Exception {
        server = ServerFixture.start(temp);
        api = OpenApiDocument.load();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUploadIsAnalysedKeptAndComparedWithTheHostsPreviousAnalysis() throws Exception {
        HttpResponse<String> first = upload("tls-broken.json");
        JsonNode report = api.check("POST", "/api/v1/analyses", first);
        assertEquals(201, first.statusCode());
        assertEquals("/api/v1/analyses/" + first.headers().firstValue("X-Analysis-Id").orElseThrow(), first.headers().firstValue("Location").orElseThrow());
        assertEquals("MABS01", report.get("host").asText());
        assertEquals(List.of("TLS-01", "TLS-02", "TLS-03"), ruleIds(report).stream().sorted().toList());

        HttpResponse<String> again = upload("tls-broken.json");
        JsonNode second = api.check("POST", "/api/v1/analyses", again);
        for (JsonNode f : second.get("findings")) {
            assertEquals("unchanged", f.get("baseline").asText(), "the same facts again: nothing new");
        }

        HttpResponse<String> fixed = upload("healthy-v4.json");
        JsonNode third = api.check("POST", "/api/v1/analyses", fixed);
        assertEquals(0, third.get("findings").size());
        assertEquals(ruleIds(second).stream().distinct().count(), third.get("resolved").size(), "every earlier finding is resolved");

        JsonNode history = api.check("GET", "/api/v1/hosts/{host}/analyses", server.get("/api/v1/hosts/mabs01/analyses"));
        assertEquals("MABS01", history.get("host").asText(), "host names are compared without regard to case");
        List<JsonNode> analyses = list(history.get("analyses"));
        assertEquals(3, analyses.size());
        assertEquals(0, analyses.get(0).get("findings").asInt(), "the newest first");
        assertEquals(third.get("resolved").size(), analyses.get(0).get("resolvedFindings").asInt());
        assertEquals(0, analyses.get(1).get("newFindings").asInt());
        assertEquals(analyses.get(2).get("findings").asInt(), analyses.get(2).get("newFindings").asInt(), "a host's first analysis: all new");
        assertFalse(analyses.get(0).has("worstSeverity"), "nothing found: no worst severity");
        assertEquals("critical", analyses.get(2).get("worstSeverity").asText());

        JsonNode hosts = api.check("GET", "/api/v1/hosts", server.get("/api/v1/hosts"));
        assertEquals(1, hosts.get("hosts").size());
        assertEquals(analyses.get(0).get("id"), hosts.get("hosts").get(0).get("id"), "the latest analysis stands for the host");
        assertFalse(hosts.get("hosts").get(0).get("silent").asBoolean());
    }

    @Test
    void aKeptAnalysisIsGivenInEveryFormatAndWithItsFacts() throws Exception {
        HttpResponse<String> first = upload("tls-broken.json");
        String id = first.headers().firstValue("X-Analysis-Id").orElseThrow();
        HttpResponse<String> json = server.get("/api/v1/analyses/" + id);
        api.check("GET", "/api/v1/analyses/{id}", json);
        assertEquals(JSON.readTree(first.body()), JSON.readTree(json.body()), "the report kept is the report answered");
        Map<String, String> media = Map.of("text", "text/plain", "junit", "application/xml", "sarif", "application/sarif+json",
                "markdown", "text/markdown", "html", "text/html", "csv", "text/csv");
        for (Map.Entry<String, String> format : media.entrySet()) {
            HttpResponse<String> answer = server.get("/api/v1/analyses/" + id + "?format=" + format.getKey());
            api.check("GET", "/api/v1/analyses/{id}", answer);
            assertEquals(200, answer.statusCode(), format.getKey());
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith(format.getValue()), format.getKey());
            assertTrue(answer.body().replace("\\", "").contains("TLS-01"), format.getKey() + " names the findings");
        }
        HttpResponse<String> html = server.get("/api/v1/analyses/" + id + "?format=html");
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        assertFalse(html.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src"), "a report page runs no script");
        HttpResponse<String> facts = server.get("/api/v1/analyses/" + id + "/facts");
        api.check("GET", "/api/v1/analyses/{id}/facts", facts);
        assertEquals(JSON.readTree(Files.readString(Project.samples().resolve("tls-broken.json"))), JSON.readTree(facts.body()));
    }

    @Test
    void aBundleGetsTheSameReportAsOnTheCommandLineWithItsCollectionProblems() throws Exception {
        Path zip = Zips.zip(Project.bundles().resolve("damaged-outputs"), temp.resolve("damaged.zip"), "");
        HttpResponse<String> answer = server.post("/api/v1/analyses?name=damaged.zip", "application/zip", Files.readAllBytes(zip));
        JsonNode report = api.check("POST", "/api/v1/analyses", answer);
        assertEquals(201, answer.statusCode(), answer.body());
        assertTrue(report.get("collection").size() > 0, "the bundle's collection problems are in its report");
        assertEquals("damaged.zip", report.get("input").asText());
        assertFalse(Files.list(temp.resolve("uploads")).findAny().isPresent(), "the uploaded zip is not left behind");
    }

    @Test
    void severalHostsComeInOneNdjsonUpload() throws Exception {
        String lines = compact("healthy.json") + "\r\n" + compact("basic-troubleshooting.json") + "\n\n";
        HttpResponse<String> answer = server.post("/api/v1/analyses", "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8));
        JsonNode batch = api.check("POST", "/api/v1/analyses", answer);
        assertEquals(2, batch.get("analyses").size());
        assertEquals(List.of("MABS01", "MABS02"), list(batch.get("analyses")).stream().map(a -> a.get("host").asText()).toList());
        assertEquals(2, JSON.readTree(server.get("/api/v1/hosts").body()).get("hosts").size());
    }

    @Test
    void explainAnswersPastedErrorsAsTextAndJson() throws Exception {
        HttpResponse<String> text = server.post("/api/v1/explain?format=text&lang=fr", "text/plain",
                "0x29834\n\nID: 100050\n".getBytes(StandardCharsets.UTF_8));
        api.check("POST", "/api/v1/explain", text);
        assertTrue(text.body().contains("PG-04") && text.body().contains("AGENT-02"), text.body());
        HttpResponse<String> json = server.post("/api/v1/explain", "application/json", "{\"errors\": [\"0x29834\"]}".getBytes(StandardCharsets.UTF_8));
        JsonNode explanation = api.check("POST", "/api/v1/explain", json);
        assertEquals(1, explanation.get("errors").size());
        assertEquals(400, api.check("POST", "/api/v1/explain", server.post("/api/v1/explain", "text/plain", new byte[0])).get("status").asInt());
        assertEquals(400, server.post("/api/v1/explain", "application/json", "{\"errors\": [1]}".getBytes(StandardCharsets.UTF_8)).statusCode());
        JsonNode wrongType = api.check("POST", "/api/v1/explain", server.post("/api/v1/explain", "image/png", new byte[] {1}));
        assertEquals(415, wrongType.get("status").asInt());
    }

    @Test
    void rulesSchemasHealthAndMetricsAreServed() throws Exception {
        JsonNode rules = api.check("GET", "/api/v1/rules", server.get("/api/v1/rules?lang=fr"));
        assertTrue(rules.get("rules").size() > 50);
        for (String name : List.of("facts", "report", "fleet-report")) {
            JsonNode schema = api.check("GET", "/api/v1/schemas/{name}", server.get("/api/v1/schemas/" + name));
            assertTrue(schema.has("$schema"), name);
        }
        api.check("GET", "/api/v1/schemas/{name}", server.get("/api/v1/schemas/secrets"));
        JsonNode health = api.check("GET", "/health", server.get("/health"));
        assertEquals("ok", health.get("status").asText());
        upload("healthy.json");
        HttpResponse<String> metrics = server.get("/metrics");
        api.check("GET", "/metrics", metrics);
        assertTrue(metrics.body().contains("mabs_advisor_http_requests_total{method=\"POST\",route=\"/api/v1/analyses\",status=\"201\"} 1"), metrics.body());
        assertTrue(metrics.body().contains("mabs_advisor_analyses_kept 1"), metrics.body());
        JsonNode openapi = JSON.readTree(server.get("/api/openapi.json").body());
        assertEquals(api.tree(), openapi, "the document served is the one the tests check against");
    }

    @Test
    void badUploadsAreRefusedWithWhereAndWhy() throws Exception {
        JsonNode malformed = api.check("POST", "/api/v1/analyses",
                server.post("/api/v1/analyses?name=mabs07.json", "application/json", "{\"schemaVersion\": \"1\",\n \"server\": {".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, malformed.get("status").asInt());
        JsonNode where = malformed.get("problems").get(0);
        assertEquals("mabs07.json", where.get("file").asText());
        assertEquals(2, where.get("line").asInt());

        ObjectNode wrongType = (ObjectNode) JSON.readTree(Files.readString(Project.samples().resolve("healthy.json")));
        ((ObjectNode) wrongType.get("server")).put("updateRollup", "two");
        JsonNode invalid = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "application/json", JSON.writeValueAsBytes(wrongType)));
        assertEquals(422, invalid.get("status").asInt());
        assertTrue(list(invalid.get("problems")).stream().anyMatch(p -> p.path("field").asText().equals("/server/updateRollup")), invalid.toString());

        assertEquals(415, api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "text/csv", new byte[] {'a'})).get("status").asInt());
        assertEquals(422, api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "application/x-ndjson", "\n\n".getBytes(StandardCharsets.UTF_8)))
                .get("status").asInt());
        assertEquals(400, api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses?format=pdf", "application/json", new byte[] {'{', '}'}))
                .get("status").asInt());
        assertEquals(400, api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses?lang=de", "application/json", new byte[] {'{', '}'}))
                .get("status").asInt());
        assertEquals(404, api.check("GET", "/api/v1/analyses/{id}", server.get("/api/v1/analyses/999")).get("status").asInt());
        assertEquals(400, api.check("GET", "/api/v1/analyses/{id}", server.get("/api/v1/analyses/..%2F..%2Fetc")).get("status").asInt());
        assertEquals(404, api.check("GET", "/api/v1/hosts/{host}/analyses", server.get("/api/v1/hosts/nobody/analyses")).get("status").asInt());
        assertEquals(400, api.check("GET", "/api/v1/hosts/{host}/analyses", server.get("/api/v1/hosts/x/analyses?limit=0")).get("status").asInt());
        HttpResponse<String> nowhere = server.get("/api/v1/nothing");
        assertEquals(404, nowhere.statusCode());
        assertEquals(404, JSON.readTree(nowhere.body()).get("status").asInt());
        assertEquals(0, server.store().count(), "nothing refused was kept");
    }

    @Test
    void hostileZipsAreRefusedWithoutTouchingTheDisk() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write("{\"host\": \"MABS07\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": [{\"spec\": \"services\", \"output\": \"services.json\", \"exitCode\": 0}]}"
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("services.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                z.write(zeros);
            }
        }
        JsonNode refused = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses?name=bomb.zip", "application/zip", bomb.toByteArray()));
        assertEquals(422, refused.get("status").asInt());
        String problem = refused.get("problems").get(0).toString();
        assertTrue(problem.contains("bomb.zip") && problem.contains("zip bomb"), problem);
        assertFalse(problem.contains(temp.toString()), "the server's own folders are not told: " + problem);

        ByteArrayOutputStream slip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(slip)) {
            z.putNextEntry(new ZipEntry("../../escaped.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode escaped = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "application/zip", slip.toByteArray()));
        assertEquals(422, escaped.get("status").asInt());
        assertFalse(Files.exists(temp.resolve("escaped.txt")) || Files.exists(temp.getParent().resolve("escaped.txt")));
        JsonNode notAZip = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "application/zip", "PK\u0003\u0004junk".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(422, notAZip.get("status").asInt());
        assertEquals(0, server.store().count());
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        server.close();
        server = ServerFixture.start(temp, ServerFixture.settings(temp).maxUploadBytes(1024).build(), AnalysisStore.embeddedUrl(temp), null, null,
                Clock.systemUTC());
        byte[] big = new byte[4096];
        java.util.Arrays.fill(big, (byte) ' ');
        JsonNode refused = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "application/json", big));
        assertEquals(413, refused.get("status").asInt());
    }

    @Test
    void anUploadThatNamesNoLanguageGetsTheServersAndOneThatNamesOneGetsIt() throws Exception {
        server.close();
        server = ServerFixture.start(temp, ServerFixture.settings(temp).language("fr").build(), AnalysisStore.embeddedUrl(temp), null, null,
                Clock.systemUTC());
        byte[] facts = Files.readAllBytes(Project.samples().resolve("backup-failures.json"));
        JsonNode unnamed = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses", "application/json", facts));
        assertEquals("fr", unnamed.get("language").asText(), "as the collector sends it: the server's language");
        JsonNode asked = api.check("POST", "/api/v1/analyses", server.post("/api/v1/analyses?lang=en", "application/json", facts));
        assertEquals("en", asked.get("language").asText());
        HttpResponse<String> browser = server.send(server.request("/api/v1/analyses").header("Content-Type", "application/json")
                .header("Accept-Language", "en-GB,en;q=0.8").POST(HttpRequest.BodyPublishers.ofByteArray(facts)).build());
        assertEquals("en", api.check("POST", "/api/v1/analyses", browser).get("language").asText(), "a browser's language wins over the server's");
    }

    @Test
    void concurrentUploadsOfOneHostAreAllKeptEachComparedWithTheOneBefore() throws Exception {
        byte[] broken = Files.readAllBytes(Project.samples().resolve("tls-broken.json"));
        byte[] healthy = Files.readAllBytes(Project.samples().resolve("healthy-v4.json"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            byte[] body = i % 2 == 0 ? broken : healthy;
            answers.add(pool.submit(() -> server.post("/api/v1/analyses", "application/json", body)));
        }
        for (Future<HttpResponse<String>> a : answers) {
            assertEquals(201, a.get().statusCode(), a.get().body());
        }
        pool.shutdown();
        List<JsonNode> history = list(JSON.readTree(server.get("/api/v1/hosts/MABS01/analyses").body()).get("analyses"));
        assertEquals(16, history.size(), "no upload was lost");
        // Oldest first: each analysis's new and resolved findings follow from the one just before it.
        List<JsonNode> oldestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(oldestFirst);
        for (int i = 1; i < oldestFirst.size(); i++) {
            JsonNode before = oldestFirst.get(i - 1);
            JsonNode now = oldestFirst.get(i);
            List<String> was = ids(before);
            List<String> is = ids(now);
            assertEquals(is.stream().filter(r -> !was.contains(r)).count(), now.get("newFindings").asLong(), "new findings of " + now);
            assertEquals(was.stream().filter(r -> !is.contains(r)).count(), now.get("resolvedFindings").asLong(), "resolved findings of " + now);
        }
    }

    @Test
    void aMeasureHeadingForItsThresholdGivesAFindingBeforeTheProblem() throws Exception {
        ObjectNode facts = (ObjectNode) JSON.readTree(Files.readString(Project.samples().resolve("healthy-v4.json")));
        Instant day0 = Instant.parse("2026-11-10T06:00:00Z");
        List<JsonNode> reports = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            // 40,000 files and 2,000 more a day; the policy tolerates 65,000 and warns 14 days ahead. From day 4
            // (48,000), 8.5 days are left: "about 9 days", on the 22nd.
            facts.put("collectedAt", day0.plusSeconds(d * 86_400L).toString());
            ((ObjectNode) facts.get("windowsTemp")).put("fileCount", 40_000 + 2_000 * d);
            reports.add(JSON.readTree(server.post("/api/v1/analyses", "application/json", JSON.writeValueAsBytes(facts)).body()));
        }
        assertEquals(List.of(), ruleIds(reports.get(1)), "two analyses are no trend");
        assertEquals(List.of("TREND-03"), ruleIds(reports.get(4)));
        JsonNode evidence = reports.get(4).get("findings").get(0).get("evidence").get(0);
        assertTrue(evidence.get("text").asText().contains("48000") && evidence.get("text").asText().contains("in about 9 days (2026-11-22)"),
                evidence.toString());

        JsonNode trends = api.check("GET", "/api/v1/hosts/{host}/trends", server.get("/api/v1/hosts/MABS01/trends"));
        JsonNode temp = list(trends.get("trends")).stream().filter(t -> t.get("measure").asText().equals("windowsTempFiles")).findFirst().orElseThrow();
        assertEquals(2_000, temp.get("perDay").asDouble(), 1e-6);
        assertEquals(9, temp.get("daysLeft").asInt());
        assertEquals(5, temp.get("points").size());
        JsonNode scratch = list(trends.get("trends")).stream().filter(t -> t.get("measure").asText().equals("scratchFreePercent")).findFirst().orElseThrow();
        assertFalse(scratch.has("daysLeft"), "a flat measure has no day of reaching its threshold");
        assertEquals(404, api.check("GET", "/api/v1/hosts/{host}/trends", server.get("/api/v1/hosts/nobody/trends")).get("status").asInt());
    }

    @Test
    void waiversApplyToEveryAnalysisAndWaivedFindingsAreNotCountedAsFindings() throws Exception {
        server.close();
        org.mabsadvisor.report.Waiver tls3 = new org.mabsadvisor.report.Waiver("TLS-03", "MABS*", "roots pushed by group policy next week",
                "backup team", java.time.LocalDate.now().plusDays(30), Map.of(), "waivers.yaml:1");
        server = ServerFixture.start(ServerFixture.settings(temp).build(), AnalysisStore.embeddedUrl(temp), null, null, Clock.systemUTC(), List.of(tls3));
        JsonNode report = api.check("POST", "/api/v1/analyses", upload("tls-broken.json"));
        assertEquals(List.of("TLS-01", "TLS-02"), ruleIds(report).stream().sorted().toList());
        assertEquals("TLS-03", report.get("waived").get(0).get("finding").get("ruleId").asText(), report.get("waived").toString());
        JsonNode latest = JSON.readTree(server.get("/api/v1/hosts").body()).get("hosts").get(0);
        assertEquals(2, latest.get("findings").asInt(), "the fleet counts the active findings");
    }

    @Test
    void aHostThatStoppedReportingIsMarkedSilent() throws Exception {
        upload("healthy.json");
        server.close();
        Clock twoDaysLater = Clock.fixed(Instant.now().plusSeconds(48 * 3600), ZoneOffset.UTC);
        server = ServerFixture.start(temp, ServerFixture.settings(temp).build(), AnalysisStore.embeddedUrl(temp), null, null, twoDaysLater);
        JsonNode hosts = api.check("GET", "/api/v1/hosts", server.get("/api/v1/hosts"));
        assertTrue(hosts.get("hosts").get(0).get("silent").asBoolean(), "36 hours is the default: two days of silence is marked");
        assertEquals(1, hosts.get("hosts").size(), "the history survived the restart");
    }

    @Test
    void withATokenEveryRequestButHealthAndThePageNeedsIt() throws Exception {
        server.close();
        String token = "s3cret-token-of-the-test-0123456789";
        server = ServerFixture.start(temp, ServerFixture.settings(temp).token(token).build(), AnalysisStore.embeddedUrl(temp), null, null, Clock.systemUTC());
        assertEquals(201, upload("healthy.json").statusCode(), "the fixture sends the token");
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        for (String auth : new String[] {null, "Bearer wrong", "Bearer " + token.substring(0, token.length() - 1), "Basic " + token, "Bearer " + token + "x"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/v1/hosts"));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            HttpResponse<String> answer = plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
            api.check("GET", "/api/v1/hosts", answer);
            assertEquals(401, answer.statusCode(), String.valueOf(auth));
            assertEquals("Bearer", answer.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
        assertEquals(200, plain.send(HttpRequest.newBuilder(java.net.URI.create(server.base() + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, plain.send(HttpRequest.newBuilder(java.net.URI.create(server.base() + "/")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, plain.send(HttpRequest.newBuilder(java.net.URI.create(server.base() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void withoutATokenTheServerListensOnLoopbackOnly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerFixture.start(temp, ServerFixture.settings(temp).bind("0.0.0.0").build(), AnalysisStore.embeddedUrl(temp), null, null,
                        Clock.systemUTC()));
        assertTrue(e.getMessage().contains("token"), e.getMessage());
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/v1/hosts", "/api/v1/nothing", "/health")) {
            HttpResponse<String> answer = server.get(path);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'none'") && !policy.contains("unsafe-inline") || path.contains("format=html"), path + ": " + policy);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    private HttpResponse<String> upload(String sample) throws Exception {
        return server.post("/api/v1/analyses?name=" + sample, "application/json", Files.readAllBytes(Project.samples().resolve(sample)));
    }

    private static String compact(String sample) throws Exception {
        return JSON.writeValueAsString(JSON.readTree(Files.readString(Project.samples().resolve(sample))));
    }

    private static List<String> ruleIds(JsonNode report) {
        return list(report.get("findings")).stream().map(f -> f.get("ruleId").asText()).toList();
    }

    private static List<String> ids(JsonNode summary) {
        return list(summary.get("ruleIds")).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> all = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            all.add(it.next());
        }
        return all;
    }
}
