package org.mabsadvisor.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.report.Csv;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.formats.SchemaValidation;
import org.mabsadvisor.report.XmlDocuments;
import org.mabsadvisor.testing.Chromium;
import org.mabsadvisor.testing.FleetGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The fleet, end to end: a folder of 1,000 generated facts files (healthy and broken servers, five
 * malformed files) analysed in one command into every format at once, and each output checked as
 * its reader would: the JSON document against the fleet schema, SARIF against the official 2.1.0
 * schema, JUnit XML parsed, CSV read back, the HTML page rendered in chromium.
 */
class FleetAllFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HOSTS = 1000;
    private static final int MALFORMED = 5;

    @Test
    void aThousandServersInEveryFormatAtOnce(@TempDir Path dir) throws Exception {
        FleetGenerator.Fleet fleet = FleetGenerator.generate(dir.resolve("fleet"), HOSTS, MALFORMED, 7);
        Path out = Files.createDirectories(dir.resolve("out"));
        long start = System.nanoTime();
        CliRun run = CliRun.of("analyze", "--lang", "en", fleet.folder().toString(),
                "-o", "json=" + out.resolve("fleet.json"), "-o", "sarif=" + out.resolve("fleet.sarif"),
                "-o", "junit=" + out.resolve("fleet.xml"), "-o", "html=" + out.resolve("fleet.html"),
                "-o", "markdown=" + out.resolve("fleet.md"), "-o", "csv=" + out.resolve("fleet.csv"),
                "-o", "text=" + out.resolve("fleet.txt"));
        System.out.printf("analyze of %d facts files into 7 formats: %.1f s%n", HOSTS, (System.nanoTime() - start) / 1e9);

        assertEquals(2, run.exitCode(), "malformed inputs make the exit code 2:\n" + run.err());
        for (Path bad : fleet.malformed()) {
            assertTrue(run.err().contains("cannot analyse " + bad), "stderr names " + bad + ":\n" + run.err());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(7, files.count(), "seven reports and no temporary file left");
        }

        JsonNode doc = JSON.readTree(out.resolve("fleet.json").toFile());
        assertEquals(List.of(), SchemaValidation.fleetReport().problems(doc), "the fleet document follows its schema");
        assertEquals(HOSTS - MALFORMED, doc.get("hosts").size());
        assertEquals(MALFORMED, doc.get("errors").size());
        assertEquals(HOSTS, doc.get("summary").get("inputs").asInt());
        Set<String> malformed = new HashSet<>(fleet.malformed().stream().map(Path::toString).toList());
        doc.get("errors").forEach(e -> assertTrue(malformed.contains(e.get("input").asText()), e.toString()));
        int findings = 0;
        int healthy = 0;
        String previous = "";
        for (JsonNode host : doc.get("hosts")) {
            findings += host.get("findings").size();
            healthy += host.get("findings").isEmpty() ? 1 : 0;
            assertTrue(host.get("input").asText().compareTo(previous) > 0, "hosts are in input order");
            previous = host.get("input").asText();
        }
        assertEquals(findings, doc.get("summary").get("findings").asInt());
        assertTrue(healthy > 100 && healthy < HOSTS - 100, "a mixed fleet: " + healthy + " hosts without findings");

        JsonNode sarif = JSON.readTree(out.resolve("fleet.sarif").toFile());
        assertEquals(List.of(), SchemaValidation.sarif().problems(sarif), "SARIF 2.1.0");
        assertEquals(1, sarif.get("runs").size(), "one run over the fleet");
        assertEquals(findings, sarif.get("runs").get(0).get("results").size());
        assertFalse(sarif.get("runs").get(0).get("invocations").get(0).get("executionSuccessful").asBoolean());

        Document junit = XmlDocuments.parse(Files.readString(out.resolve("fleet.xml")));
        Element root = junit.getDocumentElement();
        assertEquals(HOSTS, XmlDocuments.elements(junit, "testsuite").size(), "a suite per input");
        assertEquals(String.valueOf(MALFORMED), root.getAttribute("errors"));
        assertEquals(XmlDocuments.elements(junit, "testcase").size(), Integer.parseInt(root.getAttribute("tests")));
        assertEquals(XmlDocuments.elements(junit, "failure").size(), Integer.parseInt(root.getAttribute("failures")));

        List<List<String>> csv = Csv.parse(Files.readString(out.resolve("fleet.csv")));
        assertEquals(findings + 1, csv.size(), "a row per finding after the header");

        String markdown = Files.readString(out.resolve("fleet.md"));
        assertTrue(markdown.startsWith("# mabs\\-advisor · Fleet report"), markdown.substring(0, 200));
        assertEquals(HOSTS, Pattern.compile("(?m)^## (?!Hosts$|Most frequent rules$)").matcher(markdown).results().count(),
                "a part per input");

        String text = Files.readString(out.resolve("fleet.txt"));
        assertTrue(text.contains("FLEET REPORT\n" + HOSTS + " inputs: " + (HOSTS - MALFORMED) + " hosts analysed, " + MALFORMED
                + " could not be analysed"), text.substring(Math.max(0, text.length() - 2000)));

        String html = Files.readString(out.resolve("fleet.html"));
        XmlDocuments.parse(html);
        String dom = Chromium.find(dir).dumpDom(out.resolve("fleet.html"));
        assertTrue(dom.contains("</html>"), "chromium rendered the page");
        assertEquals(HOSTS - MALFORMED, count(dom, "<section class=\"host\" id=\"host-"), "a section per host");
        assertEquals(MALFORMED, count(dom, "<section class=\"host failed\""), "a section per malformed input");
        assertEquals(HOSTS, count(dom, "<tr><td><a href=\"#host-") + count(dom, "<tr class=\"failed\">"), "the table lists every input");
        assertTrue(dom.contains(HOSTS + " inputs: " + (HOSTS - MALFORMED) + " hosts analysed"), "the fleet summary is on the page");
        assertEquals(2, count(dom, "<figure>"), "the fleet charts, and none per host");
        assertEquals(1, count(dom, "<script>"), "one script to run: the table's sorting and filtering, and the hosts' details on demand");
        assertEquals(HOSTS - MALFORMED, count(dom, "<script type=\"text/x-mabs-host\""), "the rest hold each host's section as text");
    }

    @Test
    void theFleetSchemaIsPublishedAndRefersToTheReportSchemaByItsId() throws Exception {
        CliRun run = CliRun.of("schema", "--fleet-report");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(JsonReport.fleetSchemaText(), run.out());
        JsonNode schema = JSON.readTree(run.out());
        assertEquals("https://mabs-advisor.example/schemas/fleet-report-1.json", schema.get("$id").asText());
        assertEquals("report-1.json", schema.get("properties").get("hosts").get("items").get("$ref").asText(),
                "resolved against the $id, the report schema's own $id");
    }

    private static long count(String s, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(s).results().count();
    }
}
