package org.mabsadvisor.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.FleetTally;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.ResolvedFinding;
import org.mabsadvisor.report.WaivedFinding;
import org.mabsadvisor.report.Waiver;
import org.mabsadvisor.report.WaiverNotice;
import org.mabsadvisor.report.Csv;
import org.mabsadvisor.report.XmlDocuments;

/**
 * The fleet writers on hostile hosts: two servers named {@code <script>} and {@code =cmd|...},
 * with waived, new and resolved findings, and an input that failed whose name and message carry
 * markup. Every format is read back as its reader would, and values stay text; the temporary
 * files the writers keep their parts in are gone once they are closed.
 */
class FleetWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_INPUT = "<img src=x onerror=alert(7)>.json";
    private static final Report.Tool TOOL = new Report.Tool("mabs-advisor", "test");

    @Test
    void json(@TempDir Path dir) throws Exception {
        JsonNode doc = JSON.readTree(write(dir, (out, spool) -> new JsonFleetReport(out, TOOL, "en", spool)));
        assertEquals(List.of(), SchemaValidation.fleetReport().problems(doc));
        assertEquals(HostileReport.SCRIPT, doc.get("hosts").get(0).get("host").asText());
        assertEquals(HostileReport.FORMULA, doc.get("hosts").get(1).get("host").asText());
        assertEquals(BAD_INPUT, doc.get("errors").get(0).get("input").asText());
        assertEquals("new", doc.get("hosts").get(0).get("findings").get(0).get("baseline").asText());
        assertEquals("-" + HostileReport.TITLE, doc.get("hosts").get(0).get("waived").get(0).get("finding").get("title").asText());
        assertEquals(1, doc.get("summary").get("inputsFailed").asInt());
        assertEquals(2, doc.get("summary").get("waived").asInt());
        assertEquals("stale", doc.get("waiverNotices").get(0).get("kind").asText());
    }

    /** Each host's report, written straight to the document, is the single-host JSON report indented one level in. */
    @Test
    void jsonHostsAreTheSingleHostReportsIndented(@TempDir Path dir) throws Exception {
        String doc = write(dir, (out, spool) -> new JsonFleetReport(out, TOOL, "en", spool));
        String lf = System.lineSeparator();
        for (String host : List.of(HostileReport.SCRIPT, HostileReport.FORMULA)) {
            String single = JsonReport.mapper().writeValueAsString(tracked(HostileReport.named(host))).replace(lf, lf + "  ");
            assertTrue(doc.contains(single), "the report of " + host + " as a single host's, indented:\n" + doc);
        }
        assertTrue(doc.contains("\"hosts\" : [ {" + lf + "    \"schemaVersion\""), doc);
    }

    @Test
    void junit(@TempDir Path dir) throws Exception {
        Document doc = XmlDocuments.parse(write(dir, (out, spool) -> new JunitFleetReport(out, spool)));
        List<Element> suites = XmlDocuments.elements(doc, "testsuite");
        assertEquals(List.of(HostileReport.SCRIPT, HostileReport.FORMULA, BAD_INPUT), suites.stream().map(s -> s.getAttribute("name")).toList());
        Element error = XmlDocuments.elements(doc, "error").get(0);
        assertTrue(error.getAttribute("message").contains("<b>not facts</b>"), error.getAttribute("message"));
        Element root = doc.getDocumentElement();
        assertEquals("1", root.getAttribute("errors"));
        assertEquals(String.valueOf(XmlDocuments.elements(doc, "testcase").size()), root.getAttribute("tests"));
        assertEquals(String.valueOf(XmlDocuments.elements(doc, "skipped").size()), root.getAttribute("skipped"));
        assertTrue(XmlDocuments.elements(doc, "skipped").stream().anyMatch(s -> s.getAttribute("message")
                .startsWith("Waived findings: waived until 2099-12-31 (owner: " + HostileReport.FORMULA + "): " + HostileReport.SCRIPT)),
                "a waived rule is a skipped test case that says why");
        assertEquals(List.of(), XmlDocuments.elements(doc, "script"));
    }

    @Test
    void sarif(@TempDir Path dir) throws Exception {
        JsonNode log = JSON.readTree(write(dir, (out, spool) -> new SarifFleetReport(out, TOOL, "en", spool)));
        assertEquals(List.of(), SchemaValidation.sarif().problems(log));
        JsonNode run = log.get("runs").get(0);
        List<String> hosts = new ArrayList<>();
        run.get("results").forEach(r -> hosts.add(r.get("properties").get("host").asText()));
        assertEquals(List.of(HostileReport.SCRIPT, HostileReport.SCRIPT, HostileReport.FORMULA, HostileReport.FORMULA), hosts);
        JsonNode waived = run.get("results").get(1);
        assertEquals("accepted", waived.get("suppressions").get(0).get("status").asText());
        assertEquals(HostileReport.SCRIPT, waived.get("suppressions").get(0).get("justification").asText());
        assertEquals("new", run.get("results").get(0).get("baselineState").asText());
        assertEquals(2, run.get("tool").get("driver").get("rules").size(), "one descriptor per row, shared by the hosts");
        JsonNode invocation = run.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean(), "an input failed");
        assertTrue(invocation.get("toolExecutionNotifications").toString().contains(BAD_INPUT));
    }

    @Test
    void html(@TempDir Path dir) throws Exception {
        String page = write(dir, (out, spool) -> new HtmlFleetReport(out, TOOL, "en", spool));
        Document doc = XmlDocuments.parse(page);
        List<Element> scripts = XmlDocuments.elements(doc, "script").stream().filter(e -> !e.hasAttribute("type")).toList();
        assertEquals(1, scripts.size(), "the page's own script, and none from the facts");
        for (Element held : XmlDocuments.elements(doc, "script")) {
            if (held.hasAttribute("type")) {
                assertEquals(FleetPageScript.HOST_TYPE, held.getAttribute("type"), "a host's section, kept as text");
                assertTrue(XmlDocuments.elements(doc, "section").stream().anyMatch(s -> s.getParentNode() == held), "holds a section");
            }
        }
        assertEquals(FleetPageScript.ELEMENT_TEXT.replace("<![CDATA[", "").replace("]]>", ""), scripts.get(0).getTextContent());
        assertEquals(List.of(), XmlDocuments.elements(doc, "img"));
        List<Element> links = XmlDocuments.elements(doc, "a").stream().filter(a -> a.getAttribute("href").startsWith("#")).toList();
        assertEquals(List.of(HostileReport.SCRIPT, HostileReport.FORMULA, "—"), links.stream().map(Element::getTextContent).toList());
        for (Element a : links) {
            String id = a.getAttribute("href").substring(1);
            assertTrue(XmlDocuments.elements(doc, "section").stream().anyMatch(s -> s.getAttribute("id").equals(id)), "the link leads to " + id);
        }
        assertTrue(page.indexOf("Fleet report") < page.indexOf("<section class=\"host\" id=\"host-1\">"), "the summary comes first");
    }

    @Test
    void markdown(@TempDir Path dir) throws Exception {
        String text = write(dir, (out, spool) -> new MarkdownFleetReport(out, "en", spool));
        HostileValuesTest.MarkdownNodes nodes = HostileValuesTest.MarkdownNodes.of(text);
        assertEquals(List.of(), nodes.html);
        nodes.links.forEach(link -> assertTrue(link.startsWith("https://"), link));
        assertTrue(nodes.headings.contains(HostileReport.SCRIPT), nodes.headings.toString());
        assertTrue(nodes.headings.contains("Not analysed: " + BAD_INPUT), nodes.headings.toString());
        assertTrue(text.indexOf("Fleet report") < text.indexOf("## \\<script\\>"), "the summary comes first");
    }

    @Test
    void csv(@TempDir Path dir) throws Exception {
        List<List<String>> rows = Csv.parse(write(dir, (out, spool) -> new CsvFleetReport(out, true)));
        assertEquals(List.of("host", "input", "rule", "severity", "certainty", "section", "title", "evidence", "facts", "actions",
                "reference", "root cause", "collected", "analysed", "tool", "rules", "status", "waiver"), rows.get(0));
        List<String> hosts = rows.stream().skip(1).map(r -> r.get(0)).distinct().toList();
        assertEquals(List.of(HostileReport.SCRIPT, "'" + HostileReport.FORMULA), hosts, "a formula is defused");
        List<String> statuses = rows.stream().skip(1).map(r -> r.get(16)).toList();
        assertEquals(List.of("new", "waived", "resolved", "new", "waived", "resolved"), statuses);
    }

    @Test
    void text(@TempDir Path dir) throws Exception {
        String text = write(dir, (out, spool) -> new TextFleetReport(out, "en", false));
        assertTrue(text.startsWith(HostileReport.SCRIPT + "  ("), text);
        assertTrue(text.contains("NOT ANALYSED  " + BAD_INPUT + "  (the facts are not valid)\n  bad.json:3:7: /server: <b>not facts</b>"), text);
        assertTrue(text.contains("FLEET REPORT\n3 inputs: 2 hosts analysed, 1 could not be analysed; 2 hosts with findings; 2 waived; 2 new findings, 2 resolved"),
                text);
    }

    /** Makes a writer over a text sink, with a folder for its temporary parts. */
    @FunctionalInterface
    private interface Maker {
        FleetWriter make(StringWriter out, Path spool) throws IOException;
    }

    /** The fleet of two hostile hosts and a failed input, in the writer's format; checks no temporary part is left. */
    private static String write(Path dir, Maker maker) throws Exception {
        StringWriter out = new StringWriter();
        FleetTally tally = new FleetTally(true);
        try (FleetWriter writer = maker.make(out, dir)) {
            for (String host : List.of(HostileReport.SCRIPT, HostileReport.FORMULA)) {
                Report report = tracked(HostileReport.named(host));
                tally.add(report);
                writer.host(report);
            }
            HostFailure failure = new HostFailure(BAD_INPUT, HostFailure.INPUT,
                    List.of(new org.mabsadvisor.facts.InputProblem("bad.json", 3, 7, "/server", "<b>not facts</b>")));
            tally.failed();
            writer.failure(failure);
            writer.finish(tally.summary(), List.of(new WaiverNotice(WaiverNotice.STALE, "waiver of X is stale: <i>nothing</i>", waiver())));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary part is left");
        }
        return out.toString();
    }

    /** The hostile report compared with a baseline (its first finding new, one resolved) and its second finding waived. */
    private static Report tracked(Report report) {
        Finding first = report.findings().get(0).withBaseline(Finding.NEW);
        Finding second = report.findings().get(1).withBaseline(Finding.UNCHANGED);
        Report compared = report.comparedWith(List.of(first, second),
                List.of(new ResolvedFinding("EVIL-09", "high", null, HostileReport.TITLE, HostileReport.REFERENCE)));
        return compared.withWaivers(List.of(first), List.of(new WaivedFinding(second, waiver())), List.of());
    }

    private static Waiver waiver() {
        return new Waiver("EVIL-02", HostileReport.SCRIPT, HostileReport.SCRIPT, HostileReport.FORMULA, LocalDate.of(2099, 12, 31),
                Map.of("/server/name", HostileReport.FACT_VALUE), "waivers.yaml:3");
    }
}
