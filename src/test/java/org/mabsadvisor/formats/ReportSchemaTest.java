package org.mabsadvisor.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mabsadvisor.testing.SampleReports;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;

/** The JSON report of every sample, in both languages, follows the published report schema, which is strict. */
class ReportSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleReports reports;
    private static SchemaValidation schema;

    @BeforeAll
    static void load() throws Exception {
        reports = new SampleReports();
        schema = SchemaValidation.report();
    }

    @TestFactory
    Stream<DynamicTest> everySampleReportIsValid() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : SampleReports.samples()) {
            for (String lang : List.of("en", "fr")) {
                tests.add(DynamicTest.dynamicTest(sample.getFileName() + " " + lang, () -> assertValid(reports.of(sample, lang))));
            }
        }
        return tests.stream();
    }

    @Test
    void reportsWithChecksNotRunAreValid() throws Exception {
        Report bare = reports.nothingCollected("en");
        assertFalse(bare.notChecked().isEmpty());
        assertValid(bare);
    }

    @Test
    void theSchemaRejectsWhatItDoesNotDescribe() throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(new JsonReport().render(reports.of(SampleReports.samples().get(0), "en")));
        assertTrue(schema.problems(report).isEmpty());

        ObjectNode undocumented = report.deepCopy();
        undocumented.put("colour", "red");
        assertFalse(schema.problems(undocumented).isEmpty(), "a property the schema does not list must be refused");

        ObjectNode noChecked = report.deepCopy();
        noChecked.remove("checked");
        assertFalse(schema.problems(noChecked).isEmpty(), "checked is required");

        ObjectNode badSeverity = report.deepCopy();
        ((ObjectNode) badSeverity.get("summary").get("findingsBySeverity")).put("urgent", 1);
        assertFalse(schema.problems(badSeverity).isEmpty());

        ObjectNode badReference = report.deepCopy();
        ((ObjectNode) badReference.get("findings").get(0)).put("reference", "see the article");
        assertFalse(schema.problems(badReference).isEmpty(), "formats are asserted: a reference is a URI");
    }

    @Test
    void checkedListsTheRulesThatRanAndNotTheOnesThatCouldNot() throws Exception {
        Report healthy = reports.of(SampleReports.samples().stream().filter(p -> p.endsWith("healthy.json")).findFirst().orElseThrow(), "en");
        assertTrue(healthy.checked().size() > 50, "a complete sample runs every finding rule: " + healthy.checked().size());
        assertTrue(healthy.checked().contains("BK-01.b"));
        assertFalse(healthy.checked().stream().anyMatch(id -> id.startsWith("CAUSE-")), "root causes are not checks");

        Report bare = reports.nothingCollected("en");
        assertTrue(bare.checked().contains("INSTALL-01.c"), "a rule that fires on a value not collected did run");
        for (NotChecked n : bare.notChecked()) {
            assertFalse(bare.checked().contains(n.ruleId()), n.ruleId() + " is both checked and not checked");
        }
        assertEquals(healthy.checked().size(), bare.checked().size() + bare.notChecked().size(),
                "every finding rule is either checked or not checked");
    }

    private static void assertValid(Report report) throws Exception {
        JsonNode json = JSON.readTree(new JsonReport().render(report));
        List<String> problems = schema.problems(json);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(json.get("checked") instanceof ArrayNode);
    }
}
