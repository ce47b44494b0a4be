package org.mabsadvisor.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's chromium, headless, driven through the Chrome DevTools Protocol over the JDK's
 * WebSocket: navigate, evaluate script in the page, wait for a condition, set the files of a file
 * input, press keys, take screenshots. Events the page raises (exceptions, console and log entries)
 * are kept for the test to inspect. The browser is found (or the test skipped) as {@link Chromium}
 * does, and is always killed on {@link #close()}.
 */
public final class BrowserSession implements AutoCloseable {
    /** How long a wait for a condition of the page lasts at most, unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private WebSocket socket;

    private BrowserSession(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a headless browser with a fresh profile under {@code work}, its window {@code width} x
     * {@code height}, attached to its first page, with the Page, Runtime and Log events on.
     */
    public static BrowserSession start(Path work, int width, int height) throws Exception {
        Path binary = Chromium.binary();
        Path profile = Files.createDirectories(work.resolve("cdp-profile"));
        Path portFile = profile.resolve("DevToolsActivePort");
        Files.deleteIfExists(portFile);
        Path log = work.resolve("chromium.log");
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-default-apps", "--no-first-run", "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
                "--lang=en-US", "--window-size=" + width + "," + height, "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        BrowserSession session = new BrowserSession(process, log);
        try {
            int port = session.waitForPort(portFile);
            session.connect(session.pageTarget(port));
            session.send("Page.enable", null);
            session.send("Runtime.enable", null);
            session.send("Log.enable", null);
            ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false);
            session.send("Emulation.setDeviceMetricsOverride", metrics);
            return session;
        } catch (Throwable e) {
            session.close();
            throw e;
        }
    }

    /** The port the browser wrote to DevToolsActivePort once its DevTools server listens. */
    private int waitForPort(Path portFile) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("chromium stopped before it listened for DevTools (exit " + process.exitValue() + "): " + logTail());
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2 && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("chromium wrote no DevToolsActivePort within " + START_TIMEOUT.toSeconds() + " s: " + logTail());
    }

    /** The WebSocket address of the browser's page, creating one when it has none. */
    private URI pageTarget(int port) throws Exception {
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/json/list")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if ("page".equals(target.path("type").asText()) && target.hasNonNull("webSocketDebuggerUrl")) {
                    return URI.create(target.get("webSocketDebuggerUrl").asText());
                }
            }
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/json/new?about:blank"))
                    .PUT(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() == 200) {
                JsonNode target = JSON.readTree(created.body());
                if (target.hasNonNull("webSocketDebuggerUrl")) {
                    return URI.create(target.get("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("chromium offered no page to attach to: " + logTail());
    }

    private void connect(URI address) throws Exception {
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(address, new Listener())
                .get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Collects the frames of each message and hands the whole text on. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                received(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            abandon(new IOException("DevTools closed the connection: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            abandon(error);
        }
    }

    private void received(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            return;
        }
        if (node.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
            if (answer != null) {
                answer.complete(node);
            }
        } else if (node.has("method")) {
            events.add(node);
        }
    }

    private void abandon(Throwable why) {
        pending.values().forEach(f -> f.completeExceptionally(why));
        pending.clear();
    }

    /** Sends a DevTools command and waits for its result; a protocol error fails the test. */
    public synchronized JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params == null ? JSON.createObjectNode() : params);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(command), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode response;
        try {
            response = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            pending.remove(id);
            throw new AssertionError(method + " had no answer within " + COMMAND_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(method + " failed: " + e.getCause().getMessage(), e.getCause());
        }
        if (response.has("error")) {
            throw new AssertionError(method + " was refused: " + response.get("error"));
        }
        return response.path("result");
    }

    /** Runs {@code source} in every document the page loads from now on, before the page's own scripts. */
    public void beforeEachDocument(String source) throws Exception {
        send("Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source", source));
    }

    /** Loads {@code url} in the page (a change of fragment only is a navigation within the document). */
    public void navigate(String url) throws Exception {
        JsonNode result = send("Page.navigate", JSON.createObjectNode().put("url", url));
        if (result.hasNonNull("errorText")) {
            fail("could not load " + url + ": " + result.get("errorText").asText());
        }
    }

    /** Loads the page again from the server. */
    public void reload() throws Exception {
        send("Page.reload", JSON.createObjectNode().put("ignoreCache", true));
    }

    /**
     * The value of a JavaScript expression in the page, a promise awaited, as JSON (missing for
     * undefined); an exception thrown fails the test with its description.
     */
    public JsonNode evaluate(String expression) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("awaitPromise", true)
                .put("returnByValue", true).put("userGesture", true);
        JsonNode result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            JsonNode details = result.get("exceptionDetails");
            String description = details.path("exception").path("description").asText(details.path("text").asText());
            throw new AssertionError("the page threw on `" + expression + "`: " + description);
        }
        JsonNode value = result.path("result").path("value");
        return value == null ? MissingNode.getInstance() : value;
    }

    /** The value of an expression as text (empty for null or undefined). */
    public String text(String expression) throws Exception {
        JsonNode value = evaluate(expression);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    /** Waits up to {@link #DEFAULT_WAIT} for {@code condition} to be truthy in the page. */
    public void waitFor(String what, String condition) throws Exception {
        waitFor(what, condition, DEFAULT_WAIT);
    }

    /**
     * Polls {@code condition} until it is truthy; fails after {@code timeout} saying {@code what}
     * was awaited and what the page shows. Only the deadline depends on time: a fast machine
     * passes as soon as the page is ready.
     */
    public void waitFor(String what, String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String expression = "(() => { try { return Boolean(" + condition + "); } catch (e) { return false; } })()";
        while (true) {
            if (evaluate(expression).asBoolean(false)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("waited " + timeout.toSeconds() + " s for " + what + " (" + condition + "); the page shows:\n"
                        + text("document.body ? document.body.innerText.slice(0, 3000) : ''") + "\npage errors: " + exceptions());
            }
            Thread.sleep(25);
        }
    }

    /** Sets the files of the file input {@code selector}, as a user choosing them would; the input fires change. */
    public void setFiles(String selector, List<Path> files) throws Exception {
        int root = send("DOM.getDocument", JSON.createObjectNode().put("depth", 0)).path("root").path("nodeId").asInt();
        int node = send("DOM.querySelector", JSON.createObjectNode().put("nodeId", root).put("selector", selector)).path("nodeId").asInt();
        if (node == 0) {
            fail("the page has no " + selector);
        }
        ObjectNode params = JSON.createObjectNode().put("nodeId", node);
        files.forEach(f -> params.withArray("files").add(f.toAbsolutePath().toString()));
        send("DOM.setFileInputFiles", params);
    }

    /**
     * Drags {@code files} from outside the browser and drops them on the middle of the element
     * {@code selector}, as a user dropping files from the desktop: the page sees dragenter,
     * dragover and drop with the files, and the drop happens only if it accepted the dragover.
     */
    public void dropFiles(String selector, List<Path> files) throws Exception {
        JsonNode point = evaluate("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        ObjectNode data = JSON.createObjectNode().put("dragOperationsMask", 1);
        data.putArray("items");
        files.forEach(f -> data.withArray("files").add(f.toAbsolutePath().toString()));
        for (String type : List.of("dragEnter", "dragOver", "drop")) {
            ObjectNode event = JSON.createObjectNode().put("type", type).put("x", point.get("x").asDouble()).put("y", point.get("y").asDouble());
            event.set("data", data);
            send("Input.dispatchDragEvent", event);
        }
    }

    /** Types {@code text} into the focused element, as an input method would. */
    public void insertText(String text) throws Exception {
        send("Input.insertText", JSON.createObjectNode().put("text", text));
    }

    /** Presses and releases Enter on the focused element. */
    public void pressEnter() throws Exception {
        for (String type : List.of("keyDown", "keyUp")) {
            ObjectNode key = JSON.createObjectNode().put("type", type).put("key", "Enter").put("code", "Enter")
                    .put("windowsVirtualKeyCode", 13).put("nativeVirtualKeyCode", 13);
            if (type.equals("keyDown")) {
                key.put("text", "\r");
            }
            send("Input.dispatchKeyEvent", key);
        }
    }

    /** A PNG of what the page shows in its window. */
    public byte[] screenshot() throws Exception {
        JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        return Base64.getDecoder().decode(shot.path("data").asText());
    }

    /** The events received so far whose method is {@code method}, such as Runtime.exceptionThrown. */
    public List<JsonNode> events(String method) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : events) {
            if (method.equals(e.path("method").asText())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The exceptions the page's scripts threw and did not catch, described. */
    public List<String> exceptions() {
        List<String> found = new ArrayList<>();
        for (JsonNode e : events("Runtime.exceptionThrown")) {
            JsonNode details = e.path("params").path("exceptionDetails");
            found.add(details.path("exception").path("description").asText(details.path("text").asText()));
        }
        return found;
    }

    /** The console and log messages of the page at level error, with their source. */
    public List<String> errorMessages() {
        List<String> found = new ArrayList<>();
        for (JsonNode e : events("Log.entryAdded")) {
            JsonNode entry = e.path("params").path("entry");
            if ("error".equals(entry.path("level").asText())) {
                found.add(entry.path("source").asText() + ": " + entry.path("text").asText());
            }
        }
        for (JsonNode e : events("Runtime.consoleAPICalled")) {
            if ("error".equals(e.path("params").path("type").asText())) {
                found.add("console: " + e.path("params").path("args").toString());
            }
        }
        return found;
    }

    /** Waits up to {@link #DEFAULT_WAIT} for an error message of the page (see {@link #errorMessages()}) that contains {@code fragment}. */
    public void waitForErrorMessage(String fragment) throws Exception {
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        while (errorMessages().stream().noneMatch(m -> m.contains(fragment))) {
            if (System.nanoTime() > deadline) {
                fail("waited " + DEFAULT_WAIT.toSeconds() + " s for an error message with '" + fragment + "'; there are " + errorMessages());
            }
            Thread.sleep(25);
        }
    }

    private String logTail() {
        try {
            String text = Files.exists(log) ? Files.readString(log) : "";
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Closes the browser and makes sure it and every process it started are gone. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        if (socket != null) {
            try {
                ObjectNode command = JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", "Browser.close");
                socket.sendText(JSON.writeValueAsString(command), true).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // killed below
            }
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
