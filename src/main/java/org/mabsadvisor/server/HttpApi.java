package org.mabsadvisor.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.findings.RuleCatalogue;
import org.mabsadvisor.report.Explanation;
import org.mabsadvisor.formats.ExplanationWriter;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.formats.ReportFormat;
import org.mabsadvisor.formats.RuleListing;
import org.mabsadvisor.store.AnalysisStore;
import org.mabsadvisor.store.AnalysisSummary;
import org.mabsadvisor.store.StoreException;
import org.mabsadvisor.store.StoredAnalysis;
import org.mabsadvisor.trends.Trend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the server: the API that {@code openapi.json} describes, the web page, health and
 * metrics. It only translates between HTTP and {@link Analyses}: what a request means for the
 * rules and the store is decided there. Every answer carries a strict Content-Security-Policy and
 * every refusal a JSON body that says what is wrong and where.
 */
public final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final String API = "/api/v1";
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    /** A report rendered as HTML has its style inline and no script at all. */
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_ERRORS = 10_000;
    private static final int MAX_HISTORY = 1_000;

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Analyses analyses;
    private final AnalysisStore store;
    private final LiveRules rules;
    private final ServerSettings settings;
    private final Upload upload;
    private final Metrics metrics = new Metrics();
    private final ExplanationWriter writer = new ExplanationWriter(false);
    private final Clock clock;
    private final byte[] token;
    private final Javalin app;

    public HttpApi(ServerSettings settings, LiveRules rules, AnalysisStore store, Clock clock) {
        if (settings.token() == null && !ServerSettings.isLoopback(settings.bind())) {
            throw new IllegalArgumentException("the server listens on " + settings.bind() + " only with a token (--token-file); "
                    + "without one it listens on loopback (127.0.0.1)");
        }
        this.settings = settings;
        this.rules = rules;
        this.store = store;
        this.clock = clock;
        this.analyses = new Analyses(rules, store, settings.toolVersion(), clock);
        this.upload = new Upload(settings.scratch());
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
        this.app = Javalin.create(this::configure);
    }

    /** Starts listening; returns the port (useful when 0 asked for any free one). */
    public int start() {
        app.start();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxUploadBytes();
        config.jetty.host = settings.bind();
        config.jetty.port = settings.port();
        if (settings.keystore() != null) {
            config.jetty.modifyServer(server -> {
                SslContextFactory.Server tls = new SslContextFactory.Server();
                tls.setKeyStorePath(settings.keystore().toAbsolutePath().toString());
                tls.setKeyStoreType("PKCS12");
                tls.setKeyStorePassword(settings.keystorePassword() == null ? "" : settings.keystorePassword());
                org.eclipse.jetty.server.HttpConfiguration https = new org.eclipse.jetty.server.HttpConfiguration();
                https.addCustomizer(new SecureRequestCustomizer());
                ServerConnector connector = new ServerConnector(server, tls, new HttpConnectionFactory(https));
                connector.setHost(settings.bind());
                connector.setPort(settings.port());
                // HTTPS only: no plain connector beside it.
                server.setConnectors(new org.eclipse.jetty.server.Connector[] {connector});
            });
        }
        config.routes.before(this::guard);
        config.routes.after(this::measure);
        config.routes.get("/health", this::health);
        config.routes.get("/metrics", ctx -> text(ctx, "text/plain; version=0.0.4", metrics.text(store.count(), rules.loads())));
        config.routes.get("/", ctx -> asset(ctx, "index.html", "text/html"));
        config.routes.get("/app.js", ctx -> asset(ctx, "app.js", "text/javascript"));
        config.routes.get("/app.css", ctx -> asset(ctx, "app.css", "text/css"));
        config.routes.get("/api/openapi.json", ctx -> asset(ctx, "openapi.json", "application/json"));
        config.routes.post(API + "/analyses", this::receive);
        config.routes.get(API + "/analyses/{id}", this::analysis);
        config.routes.get(API + "/analyses/{id}/facts", this::facts);
        config.routes.get(API + "/hosts", this::hosts);
        config.routes.get(API + "/hosts/{host}/analyses", this::history);
        config.routes.get(API + "/hosts/{host}/trends", this::trends);
        config.routes.post(API + "/explain", this::explain);
        config.routes.get(API + "/rules", this::ruleList);
        config.routes.get(API + "/schemas/{name}", this::schema);
        config.routes.exception(ApiProblem.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage(), e.problems()));
        config.routes.exception(RulesUnavailableException.class, (e, ctx) -> refuse(ctx, 503, "the rules cannot be loaded:\n" + e.getMessage(), List.of()));
        config.routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure", e);
            refuse(ctx, 503, e.getMessage(), List.of());
        });
        config.routes.exception(RuleFailureException.class, (e, ctx) -> refuse(ctx, 500, "the analysis stopped: " + e.getMessage(), List.of()));
        config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage(), List.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed", e);
            refuse(ctx, 500, "internal error: " + e.getClass().getSimpleName(), List.of());
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                refuse(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path(), List.of());
            }
        });
        config.routes.error(405, ctx -> refuse(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(), List.of()));
    }

    /** Security headers on every answer; the token on everything but health and the page's own files. */
    private void guard(Context ctx) throws ApiProblem {
        ctx.attribute("started", System.nanoTime());
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String path = ctx.path();
        boolean open = path.equals("/health") || path.equals("/") || path.equals("/app.js") || path.equals("/app.css")
                || path.equals("/api/openapi.json");
        if (token != null && !open && !authorised(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "this server needs its token: send the header Authorization: Bearer <token>");
        }
        long length = ctx.contentLength();
        if (length > settings.maxUploadBytes()) {
            throw new ApiProblem(413, "the upload is " + length + " bytes, more than the " + settings.maxUploadBytes() + " this server accepts");
        }
    }

    /** Compares the whole token in constant time, so that timing does not tell how much of a guess was right. */
    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private void measure(Context ctx) {
        Long started = ctx.attribute("started");
        io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? "unmatched" : matched.path;
        metrics.request(ctx.method().name(), route, ctx.statusCode(), started == null ? 0 : System.nanoTime() - started);
    }

    private void health(Context ctx) {
        ObjectNode body = json.createObjectNode();
        try {
            body.put("rules", analyses.rules().version());
            body.put("status", "ok");
            send(ctx, 200, body);
        } catch (RulesUnavailableException e) {
            body.put("status", "rules unavailable");
            body.put("problem", e.getMessage());
            send(ctx, 503, body);
        }
    }

    private void receive(Context ctx) throws Exception {
        String language = language(ctx);
        ReportFormat format = format(ctx);
        String name = ctx.queryParam("name") == null ? "upload" : ctx.queryParam("name");
        List<Upload.Part> parts = upload.read(ctx.contentType(), ctx.bodyAsBytes(), name);
        if (parts.size() == 1) {
            Analyses.Received received = analyses.receive(parts.get(0).facts(), parts.get(0).factsJson(), parts.get(0).input(), language);
            ctx.header("Location", API + "/analyses/" + received.summary().id());
            ctx.header("X-Analysis-Id", Long.toString(received.summary().id()));
            if (format == ReportFormat.json) {
                // The report as kept: rendered once, for the store and the answer alike.
                ctx.status(201);
                text(ctx, "application/json", received.reportJson());
            } else {
                report(ctx, 201, received.report(), format);
            }
            return;
        }
        ArrayNode all = json.createArrayNode();
        for (Upload.Part part : parts) {
            all.add(summary(analyses.receive(part.facts(), part.factsJson(), part.input(), language).summary()));
        }
        ObjectNode body = json.createObjectNode();
        body.set("analyses", all);
        send(ctx, 201, body);
    }

    private void analysis(Context ctx) throws Exception {
        StoredAnalysis stored = stored(ctx);
        ReportFormat format = format(ctx);
        if (format == ReportFormat.json) {
            text(ctx, "application/json", stored.report());
            return;
        }
        report(ctx, 200, json.readValue(stored.report(), Report.class), format);
    }

    private void facts(Context ctx) throws Exception {
        text(ctx, "application/json", stored(ctx).facts());
    }

    private StoredAnalysis stored(Context ctx) throws ApiProblem, StoreException {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "an analysis id is a number, not '" + ctx.pathParam("id") + "'");
        }
        return analyses.analysis(id).orElseThrow(() -> new ApiProblem(404, "no analysis " + id + " is kept"));
    }

    private void hosts(Context ctx) throws StoreException {
        Instant now = clock.instant();
        ArrayNode hosts = json.createArrayNode();
        for (AnalysisSummary latest : analyses.hosts()) {
            ObjectNode host = summary(latest);
            Instant seen = latest.receivedAt();
            host.put("silent", seen.plus(settings.silentAfter()).isBefore(now));
            hosts.add(host);
        }
        ObjectNode body = json.createObjectNode();
        body.put("silentAfterHours", settings.silentAfter().toHours());
        body.set("hosts", hosts);
        send(ctx, 200, body);
    }

    private void history(Context ctx) throws ApiProblem, StoreException {
        int limit = 100;
        String asked = ctx.queryParam("limit");
        if (asked != null) {
            try {
                limit = Integer.parseInt(asked);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_HISTORY) {
                throw new ApiProblem(400, "limit is a number from 1 to " + MAX_HISTORY + ", not '" + asked + "'");
            }
        }
        String host = ctx.pathParam("host");
        List<AnalysisSummary> history = analyses.history(host, limit);
        if (history.isEmpty()) {
            throw new ApiProblem(404, "no analysis of host '" + host + "' is kept");
        }
        ArrayNode list = json.createArrayNode();
        history.forEach(a -> list.add(summary(a)));
        ObjectNode body = json.createObjectNode();
        body.put("host", history.get(0).host());
        body.set("analyses", list);
        send(ctx, 200, body);
    }

    private void trends(Context ctx) throws Exception {
        String host = ctx.pathParam("host");
        List<Trend> trends = analyses.trends(host);
        if (analyses.history(host, 1).isEmpty()) {
            throw new ApiProblem(404, "no analysis of host '" + host + "' is kept");
        }
        ArrayNode list = json.createArrayNode();
        for (Trend t : trends) {
            ObjectNode node = list.addObject();
            node.put("measure", t.measure().key());
            node.put("unit", t.measure().unit());
            node.put("direction", t.measure().rising() ? "rising" : "falling");
            node.put("threshold", t.threshold());
            if (t.perDay() != null) {
                node.put("perDay", t.perDay());
            }
            if (t.daysLeft() != null) {
                node.put("daysLeft", t.daysLeft());
                node.put("reachedAt", t.reachedAt().toString());
            }
            ArrayNode points = node.putArray("points");
            t.points().forEach(p -> points.addObject().put("at", p.at().toString()).put("value", p.value()));
        }
        ObjectNode body = json.createObjectNode();
        body.put("host", host);
        body.set("trends", list);
        send(ctx, 200, body);
    }

    private void explain(Context ctx) throws Exception {
        String language = language(ctx);
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        if (!List.of("json", "text", "markdown").contains(format)) {
            throw new ApiProblem(400, "explain answers in json, text or markdown, not '" + format + "'");
        }
        List<String> pasted = pasted(ctx);
        if (pasted.isEmpty()) {
            throw new ApiProblem(400, "give the errors to explain: one per line (text/plain) or {\"errors\": [...]} (application/json)");
        }
        Explanation explanation = analyses.explain(pasted, language);
        switch (format) {
            case "text" -> text(ctx, "text/plain", writer.text(explanation));
            case "markdown" -> text(ctx, "text/markdown", writer.markdown(explanation));
            default -> text(ctx, "application/json", writer.json(explanation));
        }
    }

    /** The errors of an explain request: the lines of a text body, or the "errors" of a JSON one. */
    private List<String> pasted(Context ctx) throws ApiProblem {
        String type = ctx.contentType() == null ? "text/plain" : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        List<String> pasted = new ArrayList<>();
        if (type.equals("application/json")) {
            JsonNode body;
            try {
                body = json.readTree(ctx.bodyAsBytes());
            } catch (IOException e) {
                throw new ApiProblem(400, "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            JsonNode errors = body == null ? null : body.get("errors");
            if (errors == null || !errors.isArray()) {
                throw new ApiProblem(400, "a JSON body is {\"errors\": [\"...\"]}",
                        List.of(new InputProblem("request body", 0, 0, "/errors", "expected an array of texts")));
            }
            for (int i = 0; i < errors.size(); i++) {
                if (!errors.get(i).isTextual()) {
                    throw new ApiProblem(400, "each error is a text", List.of(new InputProblem("request body", 0, 0, "/errors/" + i, "expected a text")));
                }
                if (!errors.get(i).asText().isBlank()) {
                    pasted.add(errors.get(i).asText());
                }
            }
        } else if (type.equals("text/plain")) {
            ctx.body().lines().filter(l -> !l.isBlank()).forEach(pasted::add);
        } else {
            throw new ApiProblem(415, "send the errors as text/plain (one per line) or application/json, not " + type);
        }
        if (pasted.size() > MAX_ERRORS) {
            throw new ApiProblem(413, "more than " + MAX_ERRORS + " errors; send fewer at a time");
        }
        return pasted;
    }

    private void ruleList(Context ctx) throws Exception {
        text(ctx, "application/json", RuleListing.json(RuleCatalogue.of(analyses.rules().rules(), language(ctx))));
    }

    private void schema(Context ctx) throws ApiProblem {
        String text = switch (ctx.pathParam("name")) {
            case "facts" -> resource(FactsLoader.SCHEMA_RESOURCE);
            case "report" -> JsonReport.schemaText();
            case "fleet-report" -> JsonReport.fleetSchemaText();
            default -> throw new ApiProblem(404, "the schemas are facts, report and fleet-report, not '" + ctx.pathParam("name") + "'");
        };
        text(ctx, "application/schema+json", text);
    }

    private ObjectNode summary(AnalysisSummary a) {
        ObjectNode node = json.createObjectNode();
        node.put("id", a.id());
        node.put("host", a.host());
        node.put("receivedAt", a.receivedAt().toString());
        if (a.collectedAt() != null) {
            node.put("collectedAt", a.collectedAt().toString());
        }
        if (a.worstSeverity() != null) {
            node.put("worstSeverity", a.worstSeverity());
        }
        node.put("findings", a.findings());
        node.put("newFindings", a.newFindings());
        node.put("resolvedFindings", a.resolvedFindings());
        ArrayNode ids = node.putArray("ruleIds");
        a.ruleIds().forEach(ids::add);
        node.put("report", API + "/analyses/" + a.id());
        return node;
    }

    private String language(Context ctx) throws ApiProblem {
        String lang = ctx.queryParam("lang");
        if (lang == null) {
            String accepted = ctx.header("Accept-Language");
            if (accepted == null || accepted.isBlank()) {
                return settings.language();
            }
            return accepted.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
        }
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw new ApiProblem(400, "lang is en or fr, not '" + lang + "'");
        }
        return lang;
    }

    private static ReportFormat format(Context ctx) throws ApiProblem {
        String name = ctx.queryParam("format");
        if (name == null) {
            return ReportFormat.json;
        }
        ReportFormat format = ReportFormat.named(name);
        if (format == null) {
            throw new ApiProblem(400, "the report formats are text, json, junit, sarif, markdown, html and csv, not '" + name + "'");
        }
        return format;
    }

    private static final Map<ReportFormat, String> MEDIA = Map.of(
            ReportFormat.text, "text/plain",
            ReportFormat.json, "application/json",
            ReportFormat.junit, "application/xml",
            ReportFormat.sarif, "application/sarif+json",
            ReportFormat.markdown, "text/markdown",
            ReportFormat.html, "text/html",
            ReportFormat.csv, "text/csv");

    private static void report(Context ctx, int status, Report report, ReportFormat format) {
        if (format == ReportFormat.html) {
            ctx.header("Content-Security-Policy", REPORT_POLICY);
        }
        ctx.status(status);
        text(ctx, MEDIA.get(format), format.writer(false, !report.resolved().isEmpty() || !report.waived().isEmpty()).render(report));
    }

    private void send(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        try {
            text(ctx, "application/json", json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Context ctx, String mediaType, String body) {
        ctx.contentType(mediaType + "; charset=utf-8");
        ctx.result(body);
    }

    private void refuse(Context ctx, int status, String message, List<InputProblem> problems) {
        ObjectNode body = json.createObjectNode();
        body.put("status", status);
        body.put("error", message);
        if (!problems.isEmpty()) {
            ArrayNode list = body.putArray("problems");
            for (InputProblem p : problems) {
                ObjectNode node = list.addObject();
                if (p.file() != null) {
                    node.put("file", p.file());
                }
                if (p.line() > 0) {
                    node.put("line", p.line());
                    node.put("column", p.column());
                }
                if (p.pointer() != null) {
                    node.put("field", p.pointer());
                }
                node.put("message", p.message());
            }
        }
        send(ctx, status, body);
    }

    private static void asset(Context ctx, String name, String mediaType) {
        text(ctx, mediaType, resource("/org/mabsadvisor/server/web/" + name));
    }

    private static String resource(String name) {
        try (InputStream in = HttpApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
