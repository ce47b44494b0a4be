package org.mabsadvisor.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.mabsadvisor.report.Csv;
import org.mabsadvisor.report.XmlDocuments;

/**
 * A server named {@code <script>alert(1)</script>} or {@code =cmd|' /C calc'!A0}, with titles,
 * evidence and actions as hostile: every format shows each value as text. The outputs are parsed
 * as their readers would (JSON, XML, HTML as XML, CommonMark, RFC 4180) and the values checked.
 */
class HostileValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {HostileReport.SCRIPT, HostileReport.FORMULA})
    void json(String host) throws Exception {
        JsonNode report = JSON.readTree(new JsonReport().render(HostileReport.named(host)));
        assertEquals(host, report.get("host").asText());
        assertEquals(HostileReport.TITLE, report.get("findings").get(0).get("title").asText());
        assertEquals(HostileReport.EVIDENCE, report.get("findings").get(0).get("evidence").get(0).get("text").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {HostileReport.SCRIPT, HostileReport.FORMULA})
    void junit(String host) throws Exception {
        Document doc = XmlDocuments.parse(new JunitReport().render(HostileReport.named(host)));
        Element suite = XmlDocuments.elements(doc, "testsuite").get(0);
        assertEquals(host, suite.getAttribute("name"));
        List<Element> cases = XmlDocuments.elements(doc, "testcase");
        assertEquals(4, cases.size(), "EVIL-01, EVIL-02 failed, EVIL-04 passed, EVIL-03 skipped");
        cases.forEach(c -> assertEquals(host, c.getAttribute("classname")));
        Element failure = XmlDocuments.elements(doc, "failure").get(0);
        assertEquals("[EVIL-01] " + HostileReport.TITLE, failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("@evil </failure> ]]> &amp; <U+0001> `tick`"),
                "the evidence is text, its control character replaced: " + failure.getTextContent());
        Element skipped = XmlDocuments.elements(doc, "skipped").get(0);
        assertTrue(skipped.getAttribute("message").contains("services"));
        assertEquals(List.of(), XmlDocuments.elements(doc, "script"));
    }

    @ParameterizedTest
    @ValueSource(strings = {HostileReport.SCRIPT, HostileReport.FORMULA})
    void sarif(String host) throws Exception {
        JsonNode log = JSON.readTree(new SarifReport().render(HostileReport.named(host)));
        assertEquals(List.of(), SchemaValidation.sarif().problems(log));
        JsonNode run = log.get("runs").get(0);
        assertEquals(host, run.get("results").get(0).get("properties").get("host").asText());
        assertTrue(run.get("results").get(0).get("message").get("text").asText().startsWith(HostileReport.TITLE));
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertFalse(rule.has("helpUri"), "a javascript: reference is no help link");
        MarkdownNodes help = MarkdownNodes.of(rule.get("help").get("markdown").asText());
        assertEquals(List.of(), help.html);
        assertEquals(List.of(), help.links);
        assertTrue(help.text.contains(HostileReport.TITLE), help.text);
        assertTrue(help.code.contains(HostileReport.COMMAND), help.code.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {HostileReport.SCRIPT, HostileReport.FORMULA})
    void markdown(String host) {
        MarkdownNodes md = MarkdownNodes.of(new MarkdownReport().render(HostileReport.named(host)));
        assertEquals(List.of(), md.html, "no HTML reaches the reader");
        assertEquals(List.of("https://learn.microsoft.com/en-us/azure/backup/backup-azure-mabs-troubleshoot#x"), md.links,
                "the only link is the http reference; the javascript: one is text");
        assertEquals(host, md.headings.get(0));
        assertTrue(md.headings.contains("[EVIL-01] " + HostileReport.TITLE), md.headings.toString());
        assertTrue(md.headings.contains(HostileReport.CAUSE.strip()), md.headings.toString());
        assertTrue(md.text.contains(HostileReport.EVIDENCE.replace('\n', ' ').replace("\u0001", "<U+0001>")), md.text);
        assertTrue(md.text.contains(HostileReport.ACTION), md.text);
        assertTrue(md.code.contains(HostileReport.COMMAND), md.code.toString());
        md.tableRows.forEach(cells -> assertEquals(3, cells, "a pipe in a value does not split its cell"));
    }

    @ParameterizedTest
    @ValueSource(strings = {HostileReport.SCRIPT, HostileReport.FORMULA})
    void html(String host) throws Exception {
        Document doc = XmlDocuments.parse(new HtmlReport().render(HostileReport.named(host)));
        assertEquals(host, XmlDocuments.elements(doc, "h1").get(0).getTextContent());
        assertTrue(doc.getDocumentElement().getTextContent().contains(HostileReport.FACT_VALUE));
        Set<String> allowed = Set.of("html", "head", "meta", "title", "style", "body", "main", "section", "header", "h1", "h2", "h3",
                "h4", "p", "ul", "ol", "li", "b", "span", "code", "pre", "div", "figure", "figcaption", "svg", "text", "rect",
                "details", "summary", "table", "thead", "tbody", "tr", "th", "td", "a");
        for (Element e : XmlDocuments.elements(doc, "*")) {
            assertTrue(allowed.contains(e.getTagName()), "unexpected element <" + e.getTagName() + ">");
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                assertFalse(attributes.item(i).getNodeName().startsWith("on"), "event handler " + attributes.item(i));
            }
        }
        for (Element a : XmlDocuments.elements(doc, "a")) {
            assertTrue(a.getAttribute("href").startsWith("https://"), a.getAttribute("href"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {HostileReport.SCRIPT, HostileReport.FORMULA})
    void csv(String host) {
        List<List<String>> rows = Csv.parse(new CsvReport().render(HostileReport.named(host)));
        assertEquals(3, rows.size(), "a header and one row per finding");
        assertEquals(CsvReport.COLUMNS, rows.get(0));
        List<String> first = rows.get(1);
        assertEquals(CsvReport.COLUMNS.size(), first.size());
        assertEquals(host.startsWith("=") ? "'" + host : host, first.get(CsvReport.COLUMNS.indexOf("host")));
        assertEquals("'" + HostileReport.TITLE, first.get(CsvReport.COLUMNS.indexOf("title")));
        assertEquals("'" + HostileReport.EVIDENCE.replace("\u0001", "<U+0001>"), first.get(CsvReport.COLUMNS.indexOf("evidence")),
                "the control character is shown, not written");
        assertEquals("'-" + HostileReport.TITLE, rows.get(2).get(CsvReport.COLUMNS.indexOf("title")));
        assertEquals("'" + HostileReport.CAUSE, rows.get(2).get(CsvReport.COLUMNS.indexOf("root cause")));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
            }
        }
    }

    /** What a CommonMark reader (with GitHub's tables) makes of a Markdown text. */
    static final class MarkdownNodes extends AbstractVisitor {
        final List<String> html = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        final List<String> code = new ArrayList<>();
        final List<Integer> tableRows = new ArrayList<>();
        final StringBuilder words = new StringBuilder();
        String text;

        static MarkdownNodes of(String markdown) {
            MarkdownNodes nodes = new MarkdownNodes();
            Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown).accept(nodes);
            nodes.text = nodes.words.toString();
            return nodes;
        }

        @Override
        public void visit(HtmlInline node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            html.add(node.getLiteral());
        }

        @Override
        public void visit(Link node) {
            links.add(node.getDestination());
            visitChildren(node);
        }

        @Override
        public void visit(Heading node) {
            StringBuilder s = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    s.append(t.getLiteral());
                }
            }
            headings.add(s.toString());
            visitChildren(node);
        }

        @Override
        public void visit(Text node) {
            words.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            code.add(node.getLiteral());
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow) {
                int cells = 0;
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    cells += child instanceof TableCell ? 1 : 0;
                }
                tableRows.add(cells);
            }
            visitChildren(node);
        }
    }
}
