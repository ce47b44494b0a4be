package org.mabsadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.policy.InvalidPolicyException;
import org.mabsadvisor.policy.PolicyLoader;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.EvidenceFact;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.formats.TextReport;
import org.mabsadvisor.formats.CsvReport;
import org.mabsadvisor.formats.HtmlReport;
import org.mabsadvisor.formats.JunitReport;
import org.mabsadvisor.formats.MarkdownReport;
import org.mabsadvisor.formats.SarifReport;
import org.mabsadvisor.rules.ErrorIds;
import org.mabsadvisor.rules.Messages;
import org.mabsadvisor.rules.Versions;
import org.mabsadvisor.testing.Project;

/**
 * Fuzz targets. A normal build replays the inputs kept under
 * src/test/resources/org/mabsadvisor/fuzz/FuzzTargetsTestInputs/ (crashes found and fixed stay
 * there); {@code JAZZER_FUZZ=1} makes each target a fuzzing session (see fuzz/run.sh).
 */
class FuzzTargetsTest {
    private static final FactsLoader LOADER = new FactsLoader(new InputLimits(1_000_000, 10_000, 32, 1000));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Any bytes: the loader accepts them or refuses them with located problems, nothing else. */
    @FuzzTest(maxDuration = "30s")
    void factsLoaderOnlyAcceptsOrExplains(byte[] input) {
        try {
            LOADER.parse("fuzz.json", input);
        } catch (InvalidFactsException e) {
            assertTrue(!e.problems().isEmpty(), "a refusal always says why");
            e.problems().forEach(p -> assertTrue(p.toString().startsWith("fuzz.json"), p.toString()));
        }
    }

    /**
     * Any text shown to a person: on one line, no control character, no bidirectional override,
     * nothing that a terminal would act on; quoted excerpts in messages stay short.
     */
    @FuzzTest(maxDuration = "30s")
    void inertTextHasNoControlLeft(FuzzedDataProvider data) {
        String value = data.consumeRemainingAsString();
        String line = org.mabsadvisor.input.Inert.line(value);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1));
            if (pairedSurrogate) {
                i++;
                continue;
            }
            assertTrue(!org.mabsadvisor.input.Inert.isHostile(c), String.format("U+%04X left in %s", (int) c, line));
        }
        String message = org.mabsadvisor.input.Inert.excerpts("Unrecognized token '" + value + "': was expecting a value");
        assertTrue(message.length() <= 503, message);
        assertTrue(message.lines().count() <= 1, message);
    }

    /** Version comparison never throws and is a total order on the versions it reads. */
    @FuzzTest(maxDuration = "30s")
    void versionsCompareConsistently(FuzzedDataProvider data) {
        String a = data.consumeString(40);
        String b = data.consumeRemainingAsString();
        Integer ab = Versions.compare(a, b);
        Integer ba = Versions.compare(b, a);
        assertEquals(ab == null, ba == null);
        if (ab != null) {
            assertEquals(Integer.signum(ab), -Integer.signum(ba));
            assertEquals(Versions.isOlder(a, b), ab < 0);
        }
        ErrorIds.same(a, b);
        Messages.mentions(a, b);
    }

    /** Any policy override: applied, or refused with a message naming the file. */
    @FuzzTest(maxDuration = "30s")
    void policyOverridesOnlyApplyOrExplain(byte[] input) throws IOException {
        Path file = Files.createTempFile("policy", ".yaml");
        try {
            Files.write(file, input);
            new PolicyLoader().load(Project.builtInRules().resolve(PolicyLoader.DEFAULT_FILE), file);
        } catch (InvalidPolicyException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Any content in any output of a real bundle: the bundle reader builds facts, leaving that
     * output's facts unknown, or refuses the bundle with located problems; nothing else.
     */
    @FuzzTest(maxDuration = "30s")
    void bundleParsersOnlyParseOrExplain(FuzzedDataProvider data) throws IOException {
        Path healthy = Project.samples().resolve("bundles/healthy");
        List<Path> outputs;
        try (var files = Files.list(healthy)) {
            outputs = files.filter(p -> !p.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
        Path target = outputs.get(data.consumeInt(0, outputs.size() - 1));
        Path bundle = Files.createTempDirectory("bundle");
        try {
            for (Path p : outputs) {
                Files.copy(p, bundle.resolve(p.getFileName()));
            }
            Files.copy(healthy.resolve("manifest.json"), bundle.resolve("manifest.json"));
            Files.write(bundle.resolve(target.getFileName()), data.consumeRemainingAsBytes());
            new org.mabsadvisor.bundle.BundleReader().read(bundle);
        } catch (org.mabsadvisor.bundle.InvalidBundleException | InvalidFactsException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        } finally {
            try (var files = Files.walk(bundle)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Any waivers file: read, or refused with problems that name the file; nothing else. */
    @FuzzTest(maxDuration = "30s")
    void waiverFilesOnlyLoadOrExplain(byte[] input) throws IOException {
        Path file = Files.createTempFile("waivers", ".yaml");
        try {
            Files.write(file, input);
            new org.mabsadvisor.waivers.WaiverFile().load(file, java.util.Set.of("BASIC-01", "AV-03"));
        } catch (org.mabsadvisor.waivers.InvalidWaiversException e) {
            assertTrue(e.getMessage() != null && e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Any baseline file: read, or refused with problems that name the file; nothing else. */
    @FuzzTest(maxDuration = "30s")
    void baselinesOnlyLoadOrExplain(byte[] input) throws IOException {
        Path file = Files.createTempFile("baseline", ".json");
        try {
            Files.write(file, input);
            org.mabsadvisor.baseline.Baseline.load(file);
        } catch (org.mabsadvisor.baseline.InvalidBaselineException e) {
            assertTrue(e.getMessage() != null && e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Whatever text the facts carry, the JSON report stays valid JSON that says the same thing. */
    @FuzzTest(maxDuration = "30s")
    void reportsStayWellFormed(FuzzedDataProvider data) throws IOException {
        String host = data.consumeString(100);
        String text = data.consumeString(200);
        String command = data.consumeRemainingAsString();
        Finding finding = new Finding("SITE-01", "high", "basic-troubleshooting", text, "risk",
                List.of(new Evidence("SITE-01", "state", text, List.of(new EvidenceFact("/services/0", "Service",
                        java.util.Map.of("name", host))))),
                List.of(new Action(text, command, List.of())), "https://example.invalid/#" + text);
        Report report = Report.builder().tool(new Report.Tool("mabs-advisor", "fuzz")).input(text).host(host).language("en")
                .findings(List.of(finding)).notChecked(List.of(new NotChecked("SITE-02", "x", text, List.of("services"))))
                .checked(List.of("SITE-01", "SITE-02")).build();
        String json = new JsonReport().render(report);
        var tree = JSON.readTree(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(host, tree.get("host").asText());
        assertEquals(text, tree.get("findings").get(0).get("title").asText());
        JSON.readTree(new SarifReport().render(report));
        parseXml(new JunitReport().render(report));
        parseXml(new HtmlReport().render(report));
        new CsvReport().render(report);
        new MarkdownReport().render(report);
        new TextReport(false).render(report);
    }

    private static void parseXml(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }
}
