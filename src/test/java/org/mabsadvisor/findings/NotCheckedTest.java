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
    void recoveryPointsNotCountedLeaveTheProactiveSideOfSched01NotChecked() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode facts = (ObjectNode) json.readTree(Files.readString(Project.samples().resolve("healthy.json")));
        ObjectNode source = (ObjectNode) facts.get("protectionGroups").get(1).get("dataSources").get(0);
        source.remove("diskRecoveryPoints");
        Report report = REPORTS.of("healthy-uncounted.json", json.writeValueAsString(facts), "en");
        for (String id : java.util.List.of("SCHED-01.b", "SCHED-01.c")) {
            NotChecked rule = report.notChecked().stream().filter(n -> n.ruleId().equals(id)).findFirst().orElseThrow();
            assertEquals(java.util.List.of("protectionGroups/dataSources/diskRecoveryPoints"), rule.missingFacts(), id);
        }
        assertTrue(report.checked().contains("SCHED-01"), "the error side still ran");
        assertTrue(report.checked().contains("BK-03"), "the other rules on data sources still ran");
    }

    @Test
    void withoutTheGroupsSchedulesOrTheCollectionTimeTheProactiveSideIsNotChecked() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode facts = (ObjectNode) json.readTree(Files.readString(Project.samples().resolve("healthy.json")));
        ((ObjectNode) facts.get("protectionGroups").get(0)).remove("diskSchedules");
        Report report = REPORTS.of("healthy-without-schedules.json", json.writeValueAsString(facts), "en");
        NotChecked late = report.notChecked().stream().filter(n -> n.ruleId().equals("SCHED-01.b")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("protectionGroups/diskSchedules"), late.missingFacts());

        facts = (ObjectNode) json.readTree(Files.readString(Project.samples().resolve("healthy.json")));
        facts.remove("collectedAt");
        report = REPORTS.of("healthy-without-time.json", json.writeValueAsString(facts), "en");
        late = report.notChecked().stream().filter(n -> n.ruleId().equals("SCHED-01.b")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("collectedAt"), late.missingFacts());
        assertTrue(report.checked().contains("SCHED-01.c"), "no recovery point at all needs no time");
    }

    @Test
    void aRegistryValueLookedUpCountsAsCheckedFoundOrNot() throws Exception {
        Report report = REPORTS.of(Project.samples().resolve("healthy.json"), "en");
        assertTrue(report.notChecked().stream().noneMatch(n -> n.ruleId().startsWith("REG-")), report.notChecked().toString());
        assertTrue(report.checked().contains("REG-01"));
    }
}
