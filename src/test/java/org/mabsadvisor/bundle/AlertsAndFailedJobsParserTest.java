package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.AlertSeverity;
import org.mabsadvisor.facts.AlertState;
import org.mabsadvisor.facts.DpmAlert;
import org.mabsadvisor.facts.FailedJob;

/** dpm-alerts and dpm-failed-jobs: the console's alerts and failed jobs, with texts in the language of MABS. */
class AlertsAndFailedJobsParserTest {

    @Test
    void alertsOfAnEnglishServer() throws Exception {
        List<DpmAlert> alerts = Outputs.parse(Outputs.fixture("dpm-alerts", "dpm-alerts-en.json")).alerts;
        assertEquals(3, alerts.size());
        assertEquals(new DpmAlert(OffsetDateTime.parse("2026-11-26T03:05:11Z"), null, "Replica is inconsistent", "Replica is inconsistent",
                "D:\\Shares", "FS01.contoso.local", AlertState.ACTIVE, AlertSeverity.ERROR, null), alerts.get(0));
        DpmAlert resolved = alerts.get(1);
        assertEquals("100050", resolved.errorId());
        assertEquals("The Azure Backup Agent was unable to connect to the Azure Backup service.", resolved.detail());
        assertEquals(AlertState.RESOLVED, resolved.state());
        assertEquals(OffsetDateTime.parse("2026-11-26T09:40:00Z"), resolved.resolvedAt());
        assertNull(resolved.dataSource(), "an empty data source is none");
        assertNull(resolved.protectedServer());
        DpmAlert warning = alerts.get(2);
        assertEquals(AlertSeverity.WARNING, warning.severity());
        assertNull(warning.state(), "no state and no resolution time: the state is unknown");
        assertNull(warning.errorId(), "an empty error id is none");
    }

    @Test
    void alertsOfAFrenchServerKeepTheirTextsAndTellTheirStateByTheResolutionTime() throws Exception {
        List<DpmAlert> alerts = Outputs.parse(Outputs.fixture("dpm-alerts", "dpm-alerts-fr.json")).alerts;
        assertEquals("Le réplica est incohérent.", alerts.get(0).detail());
        assertEquals("D:\\Partages", alerts.get(0).dataSource());
        assertEquals("Azure Backup Agent n’a pas pu se connecter au service Sauvegarde Azure.", alerts.get(1).detail());
        assertEquals(AlertState.RESOLVED, alerts.get(1).state());
    }

    @Test
    void anAlertWithoutIdTypeOrTextIsUnusable() {
        UnusableOutputException e = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("dpm-alerts", "dpm-alerts-empty-item.json")));
        assertEquals(2, e.line());
    }

    @Test
    void noAlertAndTheMissingModule() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.text("dpm-alerts", "")).alerts, "nothing printed: no alert");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("dpm-alerts", 1,
                "The term 'Get-DPMAlert' is not recognized as the name of a cmdlet, function, script file, or operable program.",
                "CommandNotFoundException")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("dpm-alerts", "[{\"Type\": \"x\", \"OccurredSince\": \"yesterday\"}]")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("dpm-alerts", "[{\"Type\": \"x\"")));
    }

    @Test
    void failedJobsOfAnEnglishServer() throws Exception {
        List<FailedJob> jobs = Outputs.parse(Outputs.fixture("dpm-failed-jobs", "dpm-failed-jobs-en.json")).failedJobs;
        assertEquals(2, jobs.size());
        assertEquals(new FailedJob(OffsetDateTime.parse("2026-11-26T21:00:05Z"), "Online recovery point", "D:\\Shares", "FS01.contoso.local",
                null, "CBPSourceSnapshotFailedReplicaCloningIssue", "Backup failed as the disk-backup replica could not be cloned."), jobs.get(0));
        FailedJob check = jobs.get(1);
        assertEquals("30111", check.errorId());
        assertEquals("0x800423F4", check.errorCode(), "without a CBP code, the Windows code behind the error, in hexadecimal");
        assertNull(check.detail(), "empty details are none");
        assertEquals("FS01.contoso.local", check.protectedServer(), "the same server on every task");
    }

    @Test
    void failedJobsOfAFrenchServer() throws Exception {
        FailedJob job = Outputs.parse(Outputs.fixture("dpm-failed-jobs", "dpm-failed-jobs-fr.json")).failedJobs.get(0);
        assertEquals("Échec de la sauvegarde, car le réplica de sauvegarde du disque n’a pas pu être cloné.", job.detail());
        assertEquals("CBPSourceSnapshotFailedReplicaCloningIssue", job.errorCode());
        assertEquals("FS01.fabrikam.fr", job.protectedServer(), "a single task is printed as a text, not a list");
    }

    @Test
    void aJobWithoutErrorIsUnusableAndAFailureLeavesTheJobsUnknown() {
        UnusableOutputException e = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("dpm-failed-jobs", "dpm-failed-jobs-no-error.json")));
        assertTrue(e.getMessage().contains("no error"), e.getMessage());
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("dpm-failed-jobs", 1,
                "Unable to connect to DPM server MABS01.", "DpmServerConnectionException")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("dpm-failed-jobs", "Get-DPMJob : Access is denied.")));
    }

    @Test
    void errorIds() {
        assertEquals("0x80070005", ErrorIds.of(-2147024891L));
        assertNull(ErrorIds.of(0L));
        assertEquals("100050", ErrorIds.of(100050L));
        assertNull(ErrorIds.of(12_345_678_901L), "more digits than an error id has");
    }
}
