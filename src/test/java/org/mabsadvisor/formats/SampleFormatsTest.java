package org.mabsadvisor.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mabsadvisor.testing.SampleReports;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.Csv;
import org.mabsadvisor.report.XmlDocuments;

/**
 * The report of every sample, in both languages, written in each format and read back by that
 * format's reader: SARIF against the official 2.1.0 schema, JUnit XML and the HTML page with the
 * JDK's XML parser, Markdown with a CommonMark parser, CSV as RFC 4180; and what each shows agrees
 * with the report.
 */
class SampleFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleReports reports;

    @BeforeAll
    static void load() throws Exception {
        reports = new SampleReports();
    }

    @TestFactory
    Stream<DynamicTest> everySampleInEveryFormat() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : SampleReports.samples()) {
            for (String lang : List.of("en", "fr")) {
                String name = sample.getFileName() + " " + lang;
                tests.add(DynamicTest.dynamicTest(name + " sarif", () -> sarif(reports.of(sample, lang))));
                tests.add(DynamicTest.dynamicTest(name + " junit", () -> junit(reports.of(sample, lang))));
                tests.add(DynamicTest.dynamicTest(name + " html", () -> html(reports.of(sample, lang))));
                tests.add(DynamicTest.dynamicTest(name + " markdown", () -> markdown(reports.of(sample, lang))));
                tests.add(DynamicTest.dynamicTest(name + " csv", () -> csv(reports.of(sample, lang))));
            }
        }
        return tests.stream();
    }

    @Test
    void checksThatCouldNotRunAreSkippedTestCasesAndSarifNotifications() throws Exception {
        Report bare = reports.nothingCollected("en");
        junit(bare);
        Document doc = XmlDocuments.parse(new JunitReport().render(bare));
        // Skipped: each check that could not run, and each rule that fired within another rule's finding.
        Set<String> findingIds = new HashSet<>();
        bare.findings().forEach(f -> findingIds.add(f.ruleId()));
        Set<String> within = new TreeSet<>();
        bare.findings().forEach(f -> f.evidence().stream().filter(e -> !findingIds.contains(e.ruleId())).forEach(e -> within.add(e.ruleId())));
        int skipped = bare.notChecked().size() + within.size();
        assertEquals(skipped, XmlDocuments.elements(doc, "skipped").size());
        assertEquals(String.valueOf(skipped), XmlDocuments.elements(doc, "testsuite").get(0).getAttribute("skipped"));

        sarif(bare);
        JsonNode invocation = JSON.readTree(new SarifReport().render(bare)).get("runs").get(0).get("invocations").get(0);
        assertEquals(bare.notChecked().size(), invocation.get("toolExecutionNotifications").size());
        assertEquals(bare.notChecked().get(0).ruleId(), invocation.get("toolExecutionNotifications").get(0).get("associatedRule").get("id").asText());

        html(bare);
        markdown(bare);
        assertTrue(new HtmlReport().render(bare).contains(bare.notChecked().get(0).title()));
    }

    @Test
    void sarifLevelsFollowSeverities() {
        assertEquals("error", SarifReport.level("critical"));
        assertEquals("error", SarifReport.level("high"));
        assertEquals("warning", SarifReport.level("medium"));
        assertEquals("note", SarifReport.level("low"));
        assertEquals("note", SarifReport.level("info"));
    }

    @Test
    void sarifLocatesTheFactsFileAsAUriReference() {
        assertEquals("facts-samples/healthy.json", SarifReport.uri("facts-samples/healthy.json"));
        assertEquals("my%20facts/server%201.json", SarifReport.uri("my facts/server 1.json"));
        assertEquals("./c:facts.json", SarifReport.uri("c:facts.json"));
        assertTrue(SarifReport.uri(Path.of("x.json").toAbsolutePath().toString()).startsWith("file:/"));
    }

    private static void sarif(Report report) throws Exception {
        JsonNode log = JSON.readTree(new SarifReport().render(report));
        assertEquals(List.of(), SchemaValidation.sarif().problems(log));
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode results = run.get("results");
        assertEquals(report.findings().size(), results.size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode result = results.get(i);
            assertEquals(f.ruleId(), result.get("ruleId").asText());
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertEquals(f.ruleId(), rule.get("id").asText());
            assertEquals(f.title(), rule.get("shortDescription").get("text").asText());
            assertEquals(f.reference(), rule.get("helpUri").asText());
            String help = rule.get("help").get("text").asText();
            for (Action a : f.actions()) {
                assertTrue(help.contains(a.isChoice() ? a.alternatives().get(0).text() : a.text()), "help of " + f.ruleId() + " lacks an action");
            }
            assertTrue(help.contains(f.reference()));
            assertEquals(SarifReport.level(f.severity()), result.get("level").asText());
            assertEquals(SarifReport.uri(report.input()), result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        }
    }

    private static void junit(Report report) throws Exception {
        Document doc = XmlDocuments.parse(new JunitReport().render(report));
        List<Element> cases = XmlDocuments.elements(doc, "testcase");
        assertEquals(report.checked().size() + report.notChecked().size(), cases.size(), "one test case per rule");
        Set<String> names = new HashSet<>();
        Set<String> failed = new TreeSet<>();
        for (Element c : cases) {
            assertTrue(names.add(c.getAttribute("name")), "test case " + c.getAttribute("name") + " twice");
            assertEquals(report.host(), c.getAttribute("classname"));
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failed.add(c.getAttribute("name"));
            }
        }
        Set<String> findings = new TreeSet<>();
        report.findings().forEach(f -> findings.add(f.ruleId()));
        assertEquals(findings, failed, "a test case fails per finding, under the finding's id");
        for (Finding f : report.findings()) {
            for (var e : f.evidence()) {
                if (!findings.contains(e.ruleId())) {
                    Element c = cases.stream().filter(k -> k.getAttribute("name").equals(e.ruleId())).findFirst().orElseThrow();
                    Element skipped = (Element) c.getElementsByTagName("skipped").item(0);
                    assertTrue(skipped != null && skipped.getAttribute("message").endsWith(f.ruleId()),
                            e.ruleId() + " fired within " + f.ruleId() + ": skipped, naming that finding");
                }
            }
        }
        Element suites = doc.getDocumentElement();
        assertEquals(String.valueOf(cases.size()), suites.getAttribute("tests"));
        assertEquals(String.valueOf(report.findings().size()), suites.getAttribute("failures"), "as many failures as findings");
        for (Element failure : XmlDocuments.elements(doc, "failure")) {
            assertTrue(failure.getAttribute("message").startsWith("["));
            assertTrue(failure.getTextContent().contains("http"), "the body gives the reference");
        }
        for (Report.Cause cause : report.causes()) {
            for (Element c : cases) {
                String row = c.getAttribute("name");
                boolean hasFailure = c.getElementsByTagName("failure").getLength() > 0;
                if (hasFailure && cause.findings().contains(row) && !cause.actions().get(0).isChoice()) {
                    assertTrue(c.getTextContent().contains(cause.actions().get(0).text()), "the failure of " + row + " gives the plan of its cause");
                }
            }
        }
    }

    private static void html(Report report) throws Exception {
        String page = new HtmlReport().render(report);
        Document doc = XmlDocuments.parse(page);
        assertEquals(report.findings().size(), XmlDocuments.elements(doc, "details").size(), "one expandable element per finding");
        assertEquals(report.findings().isEmpty() ? 0 : 2, XmlDocuments.elements(doc, "svg").size(), "a chart by severity and one by section");
        for (Finding f : report.findings()) {
            assertTrue(doc.getDocumentElement().getTextContent().contains(f.title()), f.title());
        }
        for (Element e : XmlDocuments.elements(doc, "*")) {
            assertFalse(e.hasAttribute("src"), "no external asset: " + e.getTagName());
            assertFalse(e.getTagName().equals("script") || e.getTagName().equals("link"), "no script, no linked style sheet");
        }
    }

    private static void markdown(Report report) {
        String md = new MarkdownReport().render(report);
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
        String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(doc);
        int rows = html.split("<tr>", -1).length - 1;
        int expected = report.findings().isEmpty() ? 0 : report.findings().size() + 1;
        expected += report.notChecked().isEmpty() ? 0 : report.notChecked().size() + 1;
        assertEquals(expected, rows, "a row per finding and per check not run, under a header each");
        for (Finding f : report.findings()) {
            assertTrue(html.contains("[" + f.ruleId() + "]"), f.ruleId());
        }
    }

    private static void csv(Report report) {
        List<List<String>> rows = Csv.parse(new CsvReport().render(report));
        assertEquals(report.findings().size() + 1, rows.size(), "a header and one row per finding");
        for (int i = 0; i < report.findings().size(); i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(CsvReport.COLUMNS.size(), row.size());
            assertEquals(report.findings().get(i).ruleId(), row.get(CsvReport.COLUMNS.indexOf("rule")));
            assertEquals(report.host(), row.get(CsvReport.COLUMNS.indexOf("host")));
        }
    }
}
