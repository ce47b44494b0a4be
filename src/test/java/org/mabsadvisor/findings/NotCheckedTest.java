package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.SampleReports;

/** "Not checked" is decided per fact a rule needs, not per section: a registry value not looked up is not a pass. */
class NotCheckedTest {

    private static final SampleReports REPORTS = newReports();

    private static SampleReports newReports() {
        try {
            return new SampleReports();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Report withoutRegistryValue(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode facts = (ObjectNode) json.readTree(Files.readString(Project.samples().resolve("healthy.json")));
        ArrayNode registry = (ArrayNode) facts.get("registry");
        for (Iterator<com.fasterxml.jackson.databind.JsonNode> it = registry.iterator(); it.hasNext(); ) {
            com.fasterxml.jackson.databind.JsonNode value = it.next();
            if (value.path("name").asText().equals(name)) {
                it.remove();
            }
        }
        return REPORTS.of("healthy-without-" + name + ".json", json.writeValueAsString(facts), "en");
    }

    @Test
    void aRegistryValueNotLookedUpLeavesItsRuleNotCheckedWhileTheSectionIsThere() throws Exception {
        Report report = withoutRegistryValue("RefsEnableInlineTrim");
        NotChecked reg01 = report.notChecked().stream().filter(n -> n.ruleId().equals("REG-01")).findFirst().orElseThrow();
        assertEquals(1, reg01.missingFacts().size());
        assertTrue(reg01.missingFacts().get(0).endsWith("FileSystem\\RefsEnableInlineTrim"), reg01.missingFacts().toString());
        assertFalse(report.checked().contains("REG-01"));
        assertTrue(report.checked().contains("REG-02"), "the other registry rule ran");
    }

    @Test
    void withoutTheAzureSideJobsMars15IsNotCheckedWhileTheOtherAzureSideRulesRun() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode facts = (ObjectNode) json.readTree(Files.readString(Project.samples().resolve("recovery-mount-broken.json")));
        ((ObjectNode) facts.get("azure")).remove("jobs");
        Report report = REPORTS.of("recovery-mount-broken-without-azure-jobs.json", json.writeValueAsString(facts), "en");
        NotChecked mars15 = report.notChecked().stream().filter(n -> n.ruleId().equals("MARS-15")).findFirst().orElseThrow();
        assertTrue(mars15.missingFacts().contains("azure/jobs"), mars15.missingFacts().toString());
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("MARS-15")), "no finding without the Azure side");
        assertTrue(report.checked().contains("MARS-07"), "the registered name is still there");
    }

    @Test
    void aRegistryValueLookedUpCountsAsCheckedFoundOrNot() throws Exception {
        Report report = REPORTS.of(Project.samples().resolve("healthy.json"), "en");
        assertTrue(report.notChecked().stream().noneMatch(n -> n.ruleId().startsWith("REG-")), report.notChecked().toString());
        assertTrue(report.checked().contains("REG-01"));
    }
}
