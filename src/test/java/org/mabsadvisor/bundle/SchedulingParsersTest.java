package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.FolderAccess;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.SqlAgentJob;

/**
 * The specs of scheduled jobs: the SQL Server services' logon accounts, the accounts MABS recorded,
 * TriggerJob.exe and its folder's entries (icacls, whose account names and summary are translated),
 * and the SQL Server Agent jobs of the live MABS schedules (Invoke-Sqlcmd, whose rows are not translated).
 */
class SchedulingParsersTest {
    private static final String BIN = "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\bin";

    @Test
    void theLogonAccountsOfTheSqlServerServices() throws Exception {
        Map<String, String> accounts = Outputs.parse(Outputs.fixture("sql-service-accounts", "sql-service-accounts.json")).serviceAccounts;
        assertEquals(".\\MICROSOFT$DPM$Acct", accounts.get("MSSQL$MSDPM2012"));
        assertEquals("CONTOSO\\svc-sqlagent", accounts.get("SQLAgent$MSDPM2012"));
        assertEquals(3, accounts.size());
    }

    @Test
    void theAccountsMabsRecordedPresentOrNot() throws Exception {
        List<RegistryValue> agent = Outputs.parse(Outputs.fixture("registry-sql-agent-account", "registry-sql-agent-account.txt")).registry;
        assertEquals(List.of(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Setup", "SqlAgentAccountName",
                "REG_SZ", "MABS01\\MICROSOFT$DPM$Acct", true)), agent);
        List<RegistryValue> french = Outputs.parse(Outputs.failed("registry-scheduler-job-owner", 1,
                "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null)).registry;
        assertEquals(List.of(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Setup", "SchedulerJobOwnerName",
                null, null, false)), french);
    }

    @Test
    void triggerJobFoundOrMissing() throws Exception {
        FactsDraft found = Outputs.parse(Outputs.fixture("trigger-job-file", "trigger-job-file.json"));
        assertEquals(Boolean.TRUE, found.triggerJobFound);
        assertEquals(BIN, found.triggerJobFolder);
        FactsDraft missing = Outputs.parse(Outputs.failed("trigger-job-file", 1,
                "Impossible de trouver le chemin d’accès « C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\bin\\TriggerJob.exe », car il n’existe pas.",
                TriggerJobFileParser.NOT_FOUND));
        assertEquals(Boolean.FALSE, missing.triggerJobFound);
        // MABS's Setup key missing: Get-ItemProperty fails with the same PathNotFound, which says nothing of the program.
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("trigger-job-file", 1,
                "Cannot find path 'HKLM:\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Setup' because it does not exist.",
                "PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand")));
    }

    @Test
    void theFolderEntriesInEnglishAndFrench() throws Exception {
        FactsDraft english = Outputs.parse(Outputs.fixture("trigger-job-folder-access", "trigger-job-folder-access-en.txt"));
        assertEquals(BIN, english.triggerJobFolder);
        assertEquals(5, english.triggerJobAccess.size());
        assertEquals(new FolderAccess("NT AUTHORITY\\SYSTEM", List.of("I", "OI", "CI", "F")), english.triggerJobAccess.get(0));
        assertEquals(new FolderAccess("MABS01\\MICROSOFT$DPM$Acct", List.of("OI", "CI", "F")), english.triggerJobAccess.get(2));
        assertTrue(english.triggerJobAccess.get(2).grantsFullControlOnFolder());
        FolderAccess inheritOnly = english.triggerJobAccess.get(4);
        assertEquals("NT SERVICE\\TrustedInstaller", inheritOnly.account());
        assertTrue(!inheritOnly.grantsFullControlOnFolder(), "Full Control on what the folder holds only");
        FactsDraft french = Outputs.parse(Outputs.fixture("trigger-job-folder-access", "trigger-job-folder-access-fr.txt"));
        assertEquals(BIN, french.triggerJobFolder);
        assertEquals(new FolderAccess("AUTORITE NT\\Système", List.of("I", "OI", "CI", "F")), french.triggerJobAccess.get(0));
        assertEquals(new FolderAccess("BUILTIN\\Utilisateurs", List.of("I", "OI", "CI", "RX")), french.triggerJobAccess.get(3));
        assertNull(french.triggerJobFound, "icacls says nothing of TriggerJob.exe itself");
    }

    @Test
    void icaclsFailingOrPrintingNoEntryLeavesTheFolderUnknown() {
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("trigger-job-folder-access", 5,
                "Accès refusé.", null)));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("trigger-job-folder-access",
                "C:\\x NT AUTHORITY\\SYSTEM:(F)\r\n\r\nSuccessfully processed 1 files; Failed processing 0 files\r\n")));
    }

    @Test
    void theJobsOfTheLiveSchedulesEnabledDisabledOrMissing() throws Exception {
        assertEquals(List.of(new SqlAgentJob("1bd305ae-f158-4948-93f8-e935103b168f", true),
                new SqlAgentJob("1e53fd39-0339-4d41-96ec-89fdf587f1e5", false),
                new SqlAgentJob("9a6c2f1e-44b7-4d0a-8f5e-2c71b3d08e94", null)),
                Outputs.parse(Outputs.fixture("sql-agent-jobs", "sql-agent-jobs-en.json")).sqlAgentJobs,
                "a schedule without a job has no enabled state, whatever JobEnabled says");
        assertEquals(List.of(new SqlAgentJob("5c0f7a2d-8e13-4b6f-a9d4-71e2c03b5f68", true)),
                Outputs.parse(Outputs.fixture("sql-agent-jobs", "sql-agent-jobs-fr.json")).sqlAgentJobs,
                "a single row is one object, not an array");
        assertEquals(List.of(new SqlAgentJob("1e53fd39-0339-4d41-96ec-89fdf587f1e5", false)),
                Outputs.parse(Outputs.text("sql-agent-jobs", "{\"ScheduleId\": \"1E53FD39-0339-4D41-96EC-89FDF587F1E5\", \"JobFound\": 1, "
                        + "\"JobEnabled\": 0}")).sqlAgentJobs, "the job's name as SQL Server Agent shows it, in lower case");
    }

    @Test
    void noLiveScheduleIsAnEmptyListNotAnUnknownOne() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.text("sql-agent-jobs", "")).sqlAgentJobs);
        assertEquals(List.of(), Outputs.parse(Outputs.text("sql-agent-jobs", "\r\n")).sqlAgentJobs);
    }

    @Test
    void aFailedOrForeignQueryLeavesTheJobsUnknown() {
        // Windows speaks the language of the server: the error text is French there, the query's rows are not.
        for (String error : List.of("Le terme « Invoke-Sqlcmd » n’est pas reconnu comme nom d’applet de commande, fonction, fichier de script ou programme exécutable.",
                "Property DatabaseName does not exist at path HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\DB.",
                "The SELECT permission was denied on the object 'sysjobs', database 'msdb', schema 'dbo'.")) {
            FactsDraft draft = new FactsDraft();
            assertThrows(UnusableOutputException.class,
                    () -> Parsers.BY_SPEC.get("sql-agent-jobs").parse(Outputs.failed("sql-agent-jobs", 1, error, null), draft));
            assertNull(draft.sqlAgentJobs, error);
        }
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("sql-agent-jobs",
                "{\"ScheduleId\": \"MABS01\", \"JobFound\": 1, \"JobEnabled\": 1}")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("sql-agent-jobs",
                "{\"ScheduleId\": \"1e53fd39-0339-4d41-96ec-89fdf587f1e5\", \"JobEnabled\": 1}")), "without JobFound, a missing job cannot be told");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("sql-agent-jobs",
                "{\"ScheduleId\": \"1e53fd39-0339-4d41-96ec-89fdf587f1e5\", \"JobFound\": 1, \"JobEnabled\": 2}")));
    }
}
