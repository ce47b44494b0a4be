package org.mabsadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.store.AnalysisStore;
import org.mabsadvisor.testing.BrowserSession;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.Zips;

/**
 * The web page of {@code serve} in a real headless chromium, driven through the DevTools protocol:
 * an upload through the page's file input, the fleet with its marks, sorting and filters, a host's
 * page, the explain box, a hostile host name, the French page, the token prompt, and no breach of
 * the Content-Security-Policy on the way. What the page shows is compared with what the API says.
 * With {@code -Dmabs.advisor.screenshots=docs/server} it also writes the screenshots of the docs.
 */
class WebPageInChromiumTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned=1\">";
    /** Installed before the page's own scripts in every document: records what the policy refuses. */
    private static final String CSP_LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));";

    @TempDir
    Path temp;

    @Test
    void fleetHostExplainAndFrenchInChromium() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        Path data = temp.resolve("server");
        try (BrowserSession browser = BrowserSession.start(temp.resolve("browser"), 1280, 900);
                ServerFixture server = ServerFixture.start(data, ServerFixture.settings(data).build(), AnalysisStore.embeddedUrl(data), null, null, clock)) {
            // Two hosts reported earlier: one three days ago (past the 36 h after which a host is silent), one this morning.
            clock.shift = Duration.ofDays(-3);
            seed(server, "backup-failures.json", "MABS-BRANCH07");
            clock.shift = Duration.ofHours(-5);
            seed(server, "protection-group-config.json", "MABS-PAR01");
            clock.shift = Duration.ZERO;

            browser.beforeEachDocument(CSP_LISTENER);
            browser.navigate(server.base() + "/");
            browser.waitFor("the page to start", "document.body.dataset.ready === 'true'");
            browser.waitFor("the fleet to list the two hosts", "document.querySelectorAll('#fleet-body tr').length === 2");
            assertEquals("en", browser.text("document.documentElement.lang"));
            assertEquals("Fleet", browser.text("document.getElementById('fleet-title').textContent"));

            // The silent host is marked, in words and not only in colour; the other is not.
            assertTrue(browser.evaluate(row("MABS-BRANCH07") + ".classList.contains('silent')").asBoolean());
            assertTrue(browser.text(row("MABS-BRANCH07") + ".querySelector('th').textContent").contains("stopped reporting"));
            assertFalse(browser.evaluate(row("MABS-PAR01") + ".classList.contains('silent')").asBoolean());
            assertFalse(browser.text(row("MABS-PAR01") + ".textContent").contains("stopped reporting"));

            // A collector's bundle, uploaded through the page's file input: the host appears, linked.
            Path zip = Zips.zip(Project.bundles().resolve("vault-credentials-invalid"), temp.resolve("vault-credentials-invalid.zip"),
                    "mabs-facts-SRV-MABS02-20261120T084217Z/");
            browser.setFiles("#upload-input", List.of(zip));
            browser.waitFor("the message of the upload", uploadDone("vault-credentials-invalid.zip"));
            assertEquals("SRV-MABS02", browser.text("document.querySelector('#upload-result a.uploaded-host').textContent"));
            assertEquals("#/host/SRV-MABS02", browser.text("document.querySelector('#upload-result a.uploaded-host').getAttribute('href')"));
            browser.waitFor("the uploaded host in the fleet", row("SRV-MABS02") + " !== undefined");
            JsonNode first = host(server, "SRV-MABS02");
            assertEquals(first.get("findings").asText(), cell("SRV-MABS02", "findings", browser));
            assertEquals("high", first.get("worstSeverity").asText());
            assertEquals("high", cell("SRV-MABS02", "severity", browser));

            // The same host reports again, as a facts file dropped on the page: findings are new and resolved since the bundle.
            Path later = renamed("tls-broken.json", "SRV-MABS02", temp.resolve("SRV-MABS02-later.json"));
            browser.dropFiles("#upload", List.of(later));
            browser.waitFor("the message of the second upload", uploadDone("SRV-MABS02-later.json"));
            JsonNode second = host(server, "SRV-MABS02");
            assertTrue(second.get("resolvedFindings").asInt() > 0, "the second report resolves the bundle's findings");
            browser.waitFor("the fleet to show the second report", cellExpression("SRV-MABS02", "resolved") + " === " + JSON.writeValueAsString(second.get("resolvedFindings").asText()));
            assertEquals(second.get("findings").asText(), cell("SRV-MABS02", "findings", browser));
            assertEquals(second.get("newFindings").asText(), cell("SRV-MABS02", "new", browser));
            screenshot(browser, "fleet.png");

            // A refused upload shows the server's error and where the facts are wrong.
            Path broken = Files.writeString(temp.resolve("broken.json"), "{\"schemaVersion\": \"1\"}");
            browser.setFiles("#upload-input", List.of(broken));
            browser.waitFor("the refusal of the broken upload", "document.querySelector('#upload-result .message[data-state=refused]')");
            String refusal = browser.text("document.querySelector('#upload-result .message').textContent");
            assertTrue(refusal.contains("422") && refusal.contains("the facts are not valid"), refusal);
            assertTrue(browser.text("document.querySelector('#upload-result .problems').textContent").contains("required property 'server' not found"));

            // The bundle once more, through the file input: the TLS findings are resolved, the vault's are new again.
            browser.setFiles("#upload-input", List.of(zip));
            browser.waitFor("the message of the third upload", uploadDone("vault-credentials-invalid.zip"));
            JsonNode third = host(server, "SRV-MABS02");
            assertTrue(third.get("id").asLong() > second.get("id").asLong());
            browser.waitFor("the fleet to show the third report", cellExpression("SRV-MABS02", "resolved") + " === "
                    + JSON.writeValueAsString(third.get("resolvedFindings").asText()) + " && " + cellExpression("SRV-MABS02", "findings")
                    + " === " + JSON.writeValueAsString(third.get("findings").asText()));

            // A host named with markup is shown as text, and nothing of it runs.
            Path hostile = renamed("healthy.json", HOSTILE, temp.resolve("hostile.json"));
            browser.setFiles("#upload-input", List.of(hostile));
            browser.waitFor("the message of the hostile upload", uploadDone("hostile.json"));
            browser.waitFor("the hostile host in the fleet", row(HOSTILE) + " !== undefined");
            assertEquals(HOSTILE, browser.text(row(HOSTILE) + ".querySelector('th a').textContent"));
            assertEquals(HOSTILE, browser.text("document.querySelector('#upload-result a.uploaded-host').textContent"));
            assertNothingInjected(browser);

            // Sorting with the keyboard: Enter on a column's button sorts by it, again reverses.
            JsonNode hosts = JSON.readTree(server.get("/api/v1/hosts").body()).get("hosts");
            browser.evaluate("document.querySelector('#fleet-table button[data-sort=findings]').focus()");
            browser.pressEnter();
            browser.waitFor("the fleet sorted by findings, most first", "document.querySelector('th[data-column=findings]').getAttribute('aria-sort') === 'descending'");
            assertEquals(sortedFindings(hosts, true), columnValues("findings", browser));
            browser.pressEnter();
            browser.waitFor("the fleet sorted by findings, fewest first", "document.querySelector('th[data-column=findings]').getAttribute('aria-sort') === 'ascending'");
            assertEquals(sortedFindings(hosts, false), columnValues("findings", browser));
            assertEquals(null, browser.evaluate("document.querySelector('th[data-column=severity]').getAttribute('aria-sort')").textValue());

            // Filters: by worst severity, by rule, by age of the last report.
            choose(browser, "#filter-severity", "high");
            assertEquals(expectedHosts(hosts, h -> rank(h.path("worstSeverity").asText(null)) <= rank("high")), shownHosts(browser));
            choose(browser, "#filter-severity", "");
            String rule = third.get("ruleIds").get(0).asText();
            choose(browser, "#filter-rule", rule);
            assertEquals(expectedHosts(hosts, h -> contains(h.get("ruleIds"), rule)), shownHosts(browser));
            choose(browser, "#filter-rule", "");
            choose(browser, "#filter-age", "silent");
            assertEquals(new TreeSet<>(List.of("MABS-BRANCH07")), shownHosts(browser));
            choose(browser, "#filter-age", "within-1d");
            assertEquals(new TreeSet<>(List.of("MABS-PAR01", "SRV-MABS02", HOSTILE)), shownHosts(browser));
            choose(browser, "#filter-age", "");
            assertEquals(4, shownHosts(browser).size());

            // The host page: the latest report's findings and causes, what changed, the history with its reports.
            JsonNode report = JSON.readTree(server.get("/api/v1/analyses/" + third.get("id").asLong()).body());
            browser.evaluate(row("SRV-MABS02") + ".querySelector('th a').click()");
            browser.waitFor("the host page", "!document.getElementById('view-host').hidden && document.querySelector('#latest')");
            assertEquals("SRV-MABS02", browser.text("document.getElementById('host-title').textContent"));
            List<String> ruleIds = new ArrayList<>();
            report.get("findings").forEach(f -> ruleIds.add(f.get("ruleId").asText()));
            assertFalse(ruleIds.isEmpty());
            assertEquals(ruleIds, strings(browser, "Array.from(document.querySelectorAll('#latest article.finding')).map(a => a.dataset.rule)"));
            JsonNode finding = report.get("findings").get(0);
            String card = "document.querySelector('#latest article.finding')";
            assertEquals(finding.get("title").asText(), browser.text(card + ".querySelector('.finding-title').textContent"));
            assertTrue(browser.text(card + ".querySelector('.severity').textContent").equals(finding.get("severity").asText()));
            assertTrue(browser.text(card + ".querySelector('.evidence').textContent").contains(finding.get("evidence").get(0).get("text").asText()));
            assertEquals(finding.get("reference").asText(), browser.text(card + ".querySelector('.reference a').href"));
            String command = firstCommand(report.get("findings"));
            assertTrue(command != null, "the report has a command to show");
            assertTrue(strings(browser, "Array.from(document.querySelectorAll('#latest pre.command code')).map(c => c.textContent)").contains(command));
            int added = 0;
            for (JsonNode f : report.get("findings")) {
                added += "new".equals(f.path("baseline").asText()) ? 1 : 0;
            }
            assertEquals(added, browser.evaluate("document.querySelectorAll('#new-findings li').length").asInt());
            assertEquals(report.get("resolved").size(), browser.evaluate("document.querySelectorAll('#resolved-findings li').length").asInt());
            assertTrue(browser.text("document.getElementById('resolved-findings').textContent").contains("TLS-01"));
            assertTrue(report.get("causes").size() > 0, "the vault's report has a root cause");
            List<String> causes = new ArrayList<>();
            report.get("causes").forEach(c -> causes.add(c.get("id").asText()));
            assertEquals(causes, strings(browser, "Array.from(document.querySelectorAll('#causes .cause')).map(c => c.dataset.cause)"));
            assertEquals(report.get("causes").get(0).get("title").asText(), browser.text("document.querySelector('#causes .cause-title').textContent"));
            assertEquals(List.of(third.get("id").asText(), second.get("id").asText(), first.get("id").asText()),
                    strings(browser, "Array.from(document.querySelectorAll('#history tbody th')).map(th => th.textContent.replace('#', ''))"));
            String html = browser.text("document.querySelector('#history a.report-link[data-format=html]').href");
            assertEquals(server.base() + "/api/v1/analyses/" + third.get("id").asLong() + "?format=html", html);
            assertEquals("200 text/html", browser.text("fetch(" + JSON.writeValueAsString(html)
                    + ").then(r => r.status + ' ' + r.headers.get('content-type').split(';')[0])"));
            screenshot(browser, "host.png");

            // The hostile host's page shows its name as text too.
            browser.evaluate("document.getElementById('nav-fleet').click()");
            browser.waitFor("the fleet again", "!document.getElementById('view-fleet').hidden && " + row(HOSTILE) + " !== undefined");
            browser.evaluate(row(HOSTILE) + ".querySelector('th a').click()");
            browser.waitFor("the hostile host's page", "!document.getElementById('view-host').hidden && document.querySelector('#latest')");
            assertEquals(HOSTILE, browser.text("document.getElementById('host-title').textContent"));
            assertNothingInjected(browser);

            // The explain box answers as one types, with no button to press.
            browser.evaluate("document.getElementById('nav-explain').click()");
            browser.waitFor("the explain view", "!document.getElementById('view-explain').hidden");
            browser.evaluate("document.getElementById('explain-input').focus()");
            List<String> pasted = List.of("ID: 100050", "0x29834", "the coffee machine is empty");
            browser.insertText(String.join("\n", pasted));
            browser.waitFor("the explanation", "document.getElementById('explain-result').dataset.state === 'done'"
                    + " && document.querySelectorAll('#explain-result article.answer').length === 3");
            JsonNode explained = explain(server, pasted, "en");
            for (int i = 0; i < pasted.size(); i++) {
                List<String> expected = new ArrayList<>();
                explained.get("errors").get(i).get("matches").forEach(m -> m.get("rules").forEach(r -> expected.add(r.get("id").asText())));
                assertEquals(expected, strings(browser, "Array.from(document.querySelectorAll('#explain-result article.answer')[" + i
                        + "].querySelectorAll('.rule')).map(r => r.dataset.rule)"), "the rules explaining " + pasted.get(i));
            }
            assertTrue(strings(browser, "Array.from(document.querySelectorAll('#explain-result .rule')).map(r => r.dataset.rule)").contains("AGENT-02"));
            assertEquals("not a documented error", browser.text("document.querySelectorAll('#explain-result article.answer')[2].querySelector('.not-documented').textContent"));
            screenshot(browser, "explain.png");

            // No script error and nothing refused by the policy so far.
            assertEquals(List.of(), browser.exceptions());
            assertEquals("[]", browser.evaluate("window.__cspViolations").toString());

            // In French: the page's words, and the API's answers asked in French.
            choose(browser, "#lang", "fr");
            browser.waitFor("the French page", "document.documentElement.lang === 'fr'");
            browser.waitFor("the explanation in French", "document.getElementById('explain-result').dataset.state === 'done'"
                    + " && document.getElementById('explain-result').dataset.lang === 'fr'");
            assertEquals("Parc", browser.text("document.getElementById('nav-fleet').textContent"));
            assertEquals("Expliquer une erreur", browser.text("document.getElementById('explain-title').textContent"));
            assertEquals("pas une erreur documentée", browser.text("document.querySelectorAll('#explain-result article.answer')[2].querySelector('.not-documented').textContent"));
            String frenchTitle = explain(server, pasted, "fr").get("errors").get(0).get("matches").get(0).get("rules").get(0).get("title").asText();
            assertFalse(frenchTitle.equals(explained.get("errors").get(0).get("matches").get(0).get("rules").get(0).get("title").asText()));
            assertTrue(browser.text("document.querySelector('#explain-result .rule-head').textContent").contains(frenchTitle));
            browser.evaluate("document.getElementById('nav-fleet').click()");
            browser.waitFor("the fleet in French", "!document.getElementById('view-fleet').hidden && document.querySelectorAll('#fleet-body tr').length === 4");
            assertEquals("Hôte", browser.text("document.querySelector('#fleet-table button[data-sort=host]').textContent"));
            // The fleet is drawn again in French once its data is back: its rows exist before that, in English.
            browser.waitFor("the silent host marked in French", row("MABS-BRANCH07") + "?.querySelector('th')?.textContent?.includes('ne rapporte plus') === true");
            assertEquals(java.util.Map.of("critical", "critique", "high", "élevée", "medium", "moyenne", "low", "faible", "info", "info")
                    .get(third.get("worstSeverity").asText()), cell("SRV-MABS02", "severity", browser));
            assertEquals(List.of(), browser.exceptions());
            assertEquals("[]", browser.evaluate("window.__cspViolations").toString());

            // The choice of language outlives a reload.
            browser.evaluate("document.body.dataset.ready = 'before the reload'");
            browser.reload();
            browser.waitFor("the page to start again", "document.body.dataset.ready === 'true' && document.querySelectorAll('#fleet-body tr').length === 4");
            assertEquals("fr", browser.text("document.documentElement.lang"));

            assertEquals(List.of(), browser.exceptions());
            assertEquals("[]", browser.evaluate("window.__cspViolations").toString());
            assertEquals(List.of(), browser.errorMessages().stream().filter(m -> m.contains("Content Security Policy")).toList());

            // And the watch over the policy does see a breach: an inline style is refused and reported.
            browser.evaluate("document.body.setAttribute('style', 'outline: 1px solid red')");
            browser.waitFor("the policy to report the inline style", "window.__cspViolations.length > 0");
            browser.waitForErrorMessage("Content Security Policy");
        }
    }

    @Test
    void aHostsTrendsOnItsPageInChromium() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        Path data = temp.resolve("server");
        try (BrowserSession browser = BrowserSession.start(temp.resolve("browser"), 1280, 900);
                ServerFixture server = ServerFixture.start(data, ServerFixture.settings(data).build(), AnalysisStore.embeddedUrl(data), null, null, clock)) {
            // Five daily reports of one host, each received when it was collected: the Windows temp folder holds
            // 40,000 files and 2,000 more every day, towards the 65,000 the policy tolerates.
            ObjectNode facts = (ObjectNode) JSON.readTree(Files.readString(Project.samples().resolve("healthy-v4.json")));
            String host = facts.get("server").get("name").asText();
            Instant day0 = Instant.now().minus(Duration.ofDays(4)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            int days = 5;
            for (int d = 0; d < days; d++) {
                clock.shift = Duration.ofDays(d - (days - 1));
                facts.put("collectedAt", day0.plus(Duration.ofDays(d)).toString());
                ((ObjectNode) facts.get("windowsTemp")).put("fileCount", 40_000 + 2_000 * d);
                HttpResponse<String> response = server.post("/api/v1/analyses", "application/json", JSON.writeValueAsBytes(facts));
                assertEquals(201, response.statusCode(), response.body());
            }
            clock.shift = Duration.ZERO;
            JsonNode trends = JSON.readTree(server.get("/api/v1/hosts/" + host + "/trends").body());
            JsonNode temp = null;
            for (JsonNode t : trends.get("trends")) {
                if (t.get("measure").asText().equals("windowsTempFiles")) {
                    temp = t;
                }
            }
            assertTrue(temp != null && temp.has("daysLeft") && temp.has("perDay"), String.valueOf(trends));
            int analyses = JSON.readTree(server.get("/api/v1/hosts/" + host + "/analyses").body()).get("analyses").size();
            assertEquals(days, analyses);
            assertEquals(analyses, temp.get("points").size());

            browser.beforeEachDocument(CSP_LISTENER);
            browser.navigate(server.base() + "/#/host/" + host);
            browser.waitFor("the host page with its trends", "document.body.dataset.ready === 'true' && !document.getElementById('view-host').hidden"
                    + " && document.querySelector('#trends tr[data-measure=windowsTempFiles]') !== null");
            assertEquals("Trends", browser.text("document.getElementById('trends-title').textContent"));
            String trendRow = "document.querySelector('#trends tr[data-measure=windowsTempFiles]')";
            assertEquals(measures(trends), strings(browser, "Array.from(document.querySelectorAll('#trends tbody tr')).map(r => r.dataset.measure)"),
                    "a row for each measure of the API, in its order");

            // The same rate, threshold and days left as the API, in words.
            java.text.NumberFormat english = java.text.NumberFormat.getInstance(java.util.Locale.ENGLISH);
            english.setMaximumFractionDigits(1);
            assertEquals("Files in the Windows temp folder", browser.text(trendRow + ".querySelector('.measure-name').textContent"));
            assertEquals(english.format(temp.get("points").get(days - 1).get("value").asDouble()) + "\u00a0files",
                    browser.text(trendRow + ".querySelector('.trend-latest').textContent"));
            assertEquals("+" + english.format(temp.get("perDay").asDouble()) + " files a day", browser.text(trendRow + ".querySelector('.trend-rate').textContent"));
            assertEquals("at most " + english.format(temp.get("threshold").asDouble()) + "\u00a0files",
                    browser.text(trendRow + ".querySelector('.trend-threshold').textContent"));
            String forecast = browser.text(trendRow + ".querySelector('.trend-forecast').textContent");
            assertTrue(forecast.startsWith("reaches the threshold in " + temp.get("daysLeft").asInt() + " day(s) ("), forecast);
            assertEquals(temp.get("reachedAt").asText(), browser.text(trendRow + ".querySelector('.trend-forecast time').getAttribute('datetime')"));
            // Within the policy's warning the report has TREND-03, and the row says so in words.
            assertTrue(browser.evaluate("Array.from(document.querySelectorAll('#latest article.finding')).some(a => a.dataset.rule === 'TREND-03')").asBoolean());
            assertTrue(browser.evaluate(trendRow + ".classList.contains('trend-warning')").asBoolean());
            assertEquals("warning", browser.text(trendRow + ".querySelector('.badge-warning').textContent"));
            // A flat measure is not heading anywhere, and is not marked.
            String scratch = "document.querySelector('#trends tr[data-measure=scratchFreePercent]')";
            assertEquals("not heading for its threshold", browser.text(scratch + ".querySelector('.trend-forecast').textContent"));
            assertFalse(browser.evaluate(scratch + ".classList.contains('trend-warning')").asBoolean());

            // The chart: one point per analysis, a line through them, and the threshold's line, drawn as SVG.
            assertEquals(analyses, browser.evaluate(trendRow + ".querySelectorAll('svg.trend-chart circle.trend-point').length").asInt());
            assertEquals("http://www.w3.org/2000/svg", browser.text(trendRow + ".querySelector('svg.trend-chart').namespaceURI"));
            assertEquals(1, browser.evaluate(trendRow + ".querySelectorAll('svg.trend-chart line.trend-threshold-line').length").asInt());
            assertEquals(analyses, browser.evaluate(trendRow + ".querySelector('polyline.trend-line').getAttribute('points').split(' ').length").asInt());
            // The points climb towards the threshold's line (in SVG, up is a smaller y).
            List<String> ys = strings(browser, "Array.from(" + trendRow + ".querySelectorAll('circle.trend-point')).map(c => c.getAttribute('cy'))");
            for (int i = 1; i < ys.size(); i++) {
                assertTrue(Double.parseDouble(ys.get(i)) < Double.parseDouble(ys.get(i - 1)), ys.toString());
            }
            assertTrue(Double.parseDouble(browser.text(trendRow + ".querySelector('line.trend-threshold-line').getAttribute('y1')"))
                    < Double.parseDouble(ys.get(ys.size() - 1)), "the threshold is above the last point");
            browser.evaluate("document.getElementById('trends').scrollIntoView()");
            browser.waitFor("the trends in view", "(() => { const top = document.getElementById('trends').getBoundingClientRect().top;"
                    + " return top >= 0 && top < innerHeight / 2; })()");
            screenshot(browser, "trends.png");

            // In French: the words of the section, the measure and the forecast.
            choose(browser, "#lang", "fr");
            browser.waitFor("the French host page", "document.documentElement.lang === 'fr' && document.getElementById('trends-title')"
                    + " && document.getElementById('trends-title').textContent === 'Tendances'");
            assertEquals("Fichiers du dossier temporaire de Windows", browser.text(trendRow + ".querySelector('.measure-name').textContent"));
            String french = browser.text(trendRow + ".querySelector('.trend-forecast').textContent");
            assertTrue(french.startsWith("atteint le seuil dans " + temp.get("daysLeft").asInt() + " jour(s) ("), french);
            assertTrue(browser.text(trendRow + ".querySelector('.trend-rate').textContent").endsWith(" fichiers par jour"));
            assertTrue(browser.text(trendRow + ".querySelector('.trend-threshold').textContent").startsWith("au plus "));
            assertEquals("alerte", browser.text(trendRow + ".querySelector('.badge-warning').textContent"));
            assertEquals("ne se dirige pas vers son seuil", browser.text(scratch + ".querySelector('.trend-forecast').textContent"));
            assertEquals(analyses, browser.evaluate(trendRow + ".querySelectorAll('svg.trend-chart circle.trend-point').length").asInt());

            assertEquals(List.of(), browser.exceptions());
            assertEquals("[]", browser.evaluate("window.__cspViolations").toString());
        }
    }

    @Test
    void asksForTheTokenAndKeepsItForTheSessionInTheBrowsersLanguage() throws Exception {
        Path data = temp.resolve("server");
        try (BrowserSession browser = BrowserSession.start(temp.resolve("browser"), 1024, 700);
                ServerFixture server = ServerFixture.start(data, ServerFixture.settings(data).token("s3cret-token").build(),
                        AnalysisStore.embeddedUrl(data), null, null, Clock.systemUTC())) {
            browser.beforeEachDocument(CSP_LISTENER);
            // A browser set to French: the page starts in French without being asked.
            browser.beforeEachDocument("Object.defineProperty(navigator, 'language', {get: () => 'fr-FR'});"
                    + "Object.defineProperty(navigator, 'languages', {get: () => ['fr-FR', 'fr']});");
            browser.navigate(server.base() + "/");
            browser.waitFor("the token prompt", "!document.getElementById('token-box').hidden");
            assertEquals("fr", browser.text("document.documentElement.lang"));
            assertEquals("Ce serveur demande son jeton", browser.text("document.getElementById('token-title').textContent"));
            assertTrue(browser.text("document.getElementById('token-message').textContent").contains("token"));
            assertEquals("token-input", browser.text("document.activeElement.id"));
            browser.insertText("s3cret-token");
            browser.pressEnter();
            browser.waitFor("the fleet with the token", "document.getElementById('token-box').hidden && !document.getElementById('fleet-empty').hidden");
            assertEquals("Aucun hôte n'a encore envoyé de rapport : déposez un lot ou dirigez un collecteur vers ce serveur.",
                    browser.text("document.getElementById('fleet-empty').textContent"));
            assertEquals("s3cret-token", browser.text("sessionStorage.getItem('mabs-advisor.token')"));

            // The token goes with every request: an upload through the page is accepted, here NDJSON of two hosts.
            String ndjson = Files.readString(renamed("healthy.json", "MABS01", temp.resolve("MABS01.json"))) + "\n"
                    + Files.readString(renamed("tls-broken.json", "MABS02", temp.resolve("MABS02.json"))) + "\n";
            Path fleet = Files.writeString(temp.resolve("fleet.ndjson"), ndjson);
            browser.setFiles("#upload-input", List.of(fleet));
            browser.waitFor("the upload with the token", uploadDone("fleet.ndjson"));
            assertEquals(List.of("MABS01", "MABS02"), strings(browser, "Array.from(document.querySelectorAll('#upload-result a')).map(a => a.textContent)"));
            browser.waitFor("both hosts in the fleet", row("MABS01") + " !== undefined && " + row("MABS02") + " !== undefined");
            assertEquals(List.of(), browser.exceptions());
            assertEquals("[]", browser.evaluate("window.__cspViolations").toString());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A clock the test can move, so that a host can have reported days ago. */
    private static final class ShiftedClock extends Clock {
        volatile Duration shift = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }

    /** A facts sample with another server name, written to {@code target}. */
    private static Path renamed(String sample, String host, Path target) throws Exception {
        ObjectNode facts = (ObjectNode) JSON.readTree(Project.samples().resolve(sample).toFile());
        ((ObjectNode) facts.get("server")).put("name", host);
        return Files.writeString(target, JSON.writeValueAsString(facts));
    }

    private void seed(ServerFixture server, String sample, String host) throws Exception {
        Path facts = renamed(sample, host, temp.resolve(host + ".json"));
        HttpResponse<String> response = server.post("/api/v1/analyses", "application/json", Files.readAllBytes(facts));
        assertEquals(201, response.statusCode(), response.body());
    }

    private static JsonNode host(ServerFixture server, String name) throws Exception {
        for (JsonNode h : JSON.readTree(server.get("/api/v1/hosts").body()).get("hosts")) {
            if (h.get("host").asText().equals(name)) {
                return h;
            }
        }
        throw new AssertionError("the API has no host " + name);
    }

    private static JsonNode explain(ServerFixture server, List<String> errors, String lang) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        errors.forEach(e -> body.withArray("errors").add(e));
        HttpResponse<String> response = server.post("/api/v1/explain?format=json&lang=" + lang, "application/json",
                JSON.writeValueAsBytes(body));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** A JavaScript expression for the fleet's row of {@code host} (undefined when there is none). */
    private static String row(String host) throws Exception {
        return "Array.from(document.querySelectorAll('#fleet-body tr')).find(r => r.dataset.host === " + JSON.writeValueAsString(host) + ")";
    }

    private static final List<String> COLUMNS = List.of("host", "severity", "findings", "new", "resolved", "received", "age");

    private static String cellExpression(String host, String column) throws Exception {
        return row(host) + ".children[" + COLUMNS.indexOf(column) + "].textContent.trim()";
    }

    private static String cell(String host, String column, BrowserSession browser) throws Exception {
        return browser.text(cellExpression(host, column));
    }

    private static String uploadDone(String file) throws Exception {
        return "Array.from(document.querySelectorAll('#upload-result .message[data-state=done]')).some(m => m.textContent.includes("
                + JSON.writeValueAsString(file) + "))";
    }

    private static void assertNothingInjected(BrowserSession browser) throws Exception {
        assertEquals(0, browser.evaluate("document.querySelectorAll('img').length").asInt(), "the page has an image: markup was injected");
        assertFalse(browser.evaluate("'pwned' in document.body.dataset").asBoolean(), "the hostile host name ran");
        assertEquals("[]", browser.evaluate("window.__cspViolations").toString());
    }

    private static void choose(BrowserSession browser, String select, String value) throws Exception {
        browser.evaluate("(() => { const s = document.querySelector(" + JSON.writeValueAsString(select) + "); s.value = "
                + JSON.writeValueAsString(value) + "; s.dispatchEvent(new Event('change', {bubbles: true})); })()");
    }

    private static Set<String> shownHosts(BrowserSession browser) throws Exception {
        return new TreeSet<>(strings(browser, "Array.from(document.querySelectorAll('#fleet-body tr')).map(r => r.dataset.host)"));
    }

    private static Set<String> expectedHosts(JsonNode hosts, java.util.function.Predicate<JsonNode> keep) {
        Set<String> expected = new TreeSet<>();
        hosts.forEach(h -> {
            if (keep.test(h)) {
                expected.add(h.get("host").asText());
            }
        });
        return expected;
    }

    private static List<String> sortedFindings(JsonNode hosts, boolean descending) {
        List<Integer> counts = new ArrayList<>();
        hosts.forEach(h -> counts.add(h.get("findings").asInt()));
        counts.sort(descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        return counts.stream().map(String::valueOf).toList();
    }

    private static List<String> columnValues(String column, BrowserSession browser) throws Exception {
        return strings(browser, "Array.from(document.querySelectorAll('#fleet-body tr')).map(r => r.children["
                + COLUMNS.indexOf(column) + "].textContent.trim())");
    }

    private static int rank(String severity) {
        int i = severity == null ? -1 : List.of("critical", "high", "medium", "low", "info").indexOf(severity);
        return i < 0 ? 5 : i;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(BrowserSession browser, String expression) throws Exception {
        List<String> values = new ArrayList<>();
        browser.evaluate(expression).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The measures of a trends answer. */
    private static List<String> measures(JsonNode trends) {
        List<String> measures = new ArrayList<>();
        trends.get("trends").forEach(t -> measures.add(t.get("measure").asText()));
        return measures;
    }

    /** The first command of the findings' actions, alternatives included. */
    private static String firstCommand(JsonNode node) {
        if (node.isObject() && node.hasNonNull("command")) {
            return node.get("command").asText();
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                String found = firstCommand(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Always takes the screenshot (so that the code is tried); writes it only when asked. */
    private static void screenshot(BrowserSession browser, String name) throws Exception {
        byte[] png = browser.screenshot();
        assertTrue(png.length > 8 && new String(png, 1, 3, StandardCharsets.US_ASCII).equals("PNG"), "a PNG screenshot");
        String folder = System.getProperty("mabs.advisor.screenshots");
        if (folder != null && !folder.isBlank()) {
            Path target = Project.root().resolve(folder).resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, png);
        }
    }
}
