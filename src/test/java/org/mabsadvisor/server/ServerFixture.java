package org.mabsadvisor.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.store.AnalysisStore;
import org.mabsadvisor.testing.Project;

/**
 * A running server for tests: the built-in rules, a store (an H2 file in a temporary folder unless
 * a JDBC URL is given), listening on a free loopback port, and an HTTP client to talk to it.
 */
public final class ServerFixture implements AutoCloseable {
    private static RuleSet builtIn;

    private final AnalysisStore store;
    private final HttpApi api;
    private final int port;
    private final String token;
    private final String scheme;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerFixture(AnalysisStore store, HttpApi api, String token, String scheme) {
        this.scheme = scheme;
        this.store = store;
        this.api = api;
        this.token = token;
        this.port = api.start();
    }

    /** A server on an embedded store in {@code folder}, without a token. */
    public static ServerFixture start(Path folder) throws Exception {
        return start(folder, settings(folder).build(), AnalysisStore.embeddedUrl(folder), null, null, Clock.systemUTC());
    }

    /** A server with these settings on the store at {@code jdbc}. */
    public static ServerFixture start(Path folder, ServerSettings settings, String jdbc, String user, String password, Clock clock) throws Exception {
        return start(settings, jdbc, user, password, clock, List.of());
    }

    /** A server with these settings and waivers on the store at {@code jdbc}. */
    public static ServerFixture start(ServerSettings settings, String jdbc, String user, String password, Clock clock,
            List<org.mabsadvisor.report.Waiver> waivers) throws Exception {
        RuleSet rules = builtInRules();
        LiveRules live = new LiveRules(out -> LiveRules.Loaded.of(rules, new Advisor(rules, RunLimits.DEFAULT, "test"), waivers), List.of());
        AnalysisStore store = AnalysisStore.open(jdbc, user, password);
        return new ServerFixture(store, new HttpApi(settings, live, store, clock), settings.token(), settings.keystore() == null ? "http" : "https");
    }

    /** Settings for a test server in {@code folder}: loopback, any free port. */
    public static ServerSettings.Builder settings(Path folder) {
        return ServerSettings.builder().bind("127.0.0.1").port(0).scratch(folder.resolve("uploads")).toolVersion("test");
    }

    /** The built-in rules, compiled once for all the tests of a run. */
    public static synchronized RuleSet builtInRules() throws Exception {
        if (builtIn == null) {
            builtIn = RuleSet.load(Project.builtInRules(), List.of(), null);
        }
        return builtIn;
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The address of the server, such as http://127.0.0.1:41234. */
    public String base() {
        return scheme + "://127.0.0.1:" + port;
    }

    /** A request to a path of the server, with its token if it has one. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public AnalysisStore store() {
        return store;
    }

    @Override
    public void close() {
        api.close();
        store.close();
    }
}
