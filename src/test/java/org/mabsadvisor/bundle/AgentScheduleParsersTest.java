package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.MarsAgentTask;
import org.mabsadvisor.facts.OnlineBackupModule;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.WindowsBackupSchedule;

/**
 * The specs of the MARS agent's own schedule: its tasks under \Microsoft\OnlineBackup\ (account names
 * in the language of Windows), the local Administrators, the MSOnlineBackup module folder, the
 * PowerShell registry values and Windows Server Backup's schedule.
 */
class AgentScheduleParsersTest {
    private static final String MODULE = "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\MARS\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\MSOnlineBackup";

    @Test
    void theTasksOfAnEnglishWindows() throws Exception {
        List<FactsDraft.AgentTask> tasks = Outputs.parse(Outputs.fixture("mars-agent-tasks", "mars-agent-tasks-en.json")).agentTasks;
        assertEquals(new FactsDraft.AgentTask("Microsoft-OnlineBackup", "Ready", true, "SYSTEM", null, "IgnoreNew", List.of("21:30")), tasks.get(0));
        FactsDraft.AgentTask weekly = tasks.get(1);
        assertEquals("Disabled", weekly.state());
        assertEquals(Boolean.FALSE, weekly.triggerEnabled(), "one of its two triggers is disabled");
        assertEquals(List.of("02:00", "14:00"), weekly.startTimes(), "the local time the trigger names, whatever its offset");
        assertEquals("Parallel", weekly.multipleInstances());
    }

    @Test
    void theTasksOfAFrenchWindowsWithTheRuleAsANumber() throws Exception {
        List<FactsDraft.AgentTask> tasks = Outputs.parse(Outputs.fixture("mars-agent-tasks", "mars-agent-tasks-fr.json")).agentTasks;
        assertEquals(new FactsDraft.AgentTask("Microsoft-OnlineBackup", "Ready", false, "Système", null, "Queue", List.of("22:00")), tasks.get(0));
        assertEquals("BUILTIN\\Administrateurs", tasks.get(1).runAsGroup());
        assertEquals("IgnoreNew", tasks.get(1).multipleInstances(), "TASK_INSTANCES_IGNORE_NEW is 2");
    }

    @Test
    void noTaskMeansNoScheduleOfItsOwnAndAnUnknownRuleIsRefused() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.text("mars-agent-tasks", "")).agentTasks);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("mars-agent-tasks",
                "{ \"TaskName\": \"Microsoft-OnlineBackup\", \"MultipleInstances\": \"Sometimes\" }")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("mars-agent-tasks",
                "{ \"TaskName\": \"Microsoft-OnlineBackup\", \"StartBoundaries\": [\"tonight\"] }")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("mars-agent-tasks", "{ \"State\": \"Ready\" }")));
        assertNull(Outputs.parse(Outputs.text("mars-agent-tasks", "{ \"TaskName\": \"Microsoft-OnlineBackup\" }")).agentTasks.get(0).triggerEnabled(),
                "triggers not read: unknown");
    }

    @Test
    void theLocalAdministratorsInEnglishAndFrench() throws Exception {
        List<FactsDraft.GroupMember> english = Outputs.parse(Outputs.fixture("local-administrators", "local-administrators-en.json")).administrators;
        assertEquals(new FactsDraft.GroupMember("MABS01\\backupop", "S-1-5-21-3623811015-3361044348-30300820-1004", false), english.get(1));
        assertTrue(english.get(2).group());
        List<FactsDraft.GroupMember> french = Outputs.parse(Outputs.fixture("local-administrators", "local-administrators-fr.json")).administrators;
        assertFalse(french.get(0).group(), "Utilisateur");
        assertTrue(french.get(1).group(), "Groupe");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("local-administrators", 1,
                "Failed to compare two elements in the array.", "InvalidOperationException,Microsoft.PowerShell.Commands.GetLocalGroupMemberCommand")));
    }

    @Test
    void theAccountATaskRunsAsIsJudgedAgainstTheAdministrators() throws Exception {
        FactsDraft d = Outputs.parse(Outputs.fixture("mars-agent-tasks", "mars-agent-tasks-en.json"));
        List<MarsAgentTask> unknown = assemble(d).marsAgentTasks();
        assertEquals(Boolean.TRUE, unknown.get(0).runAsSystemOrAdministrator(), "SYSTEM needs no membership");
        assertNull(unknown.get(1).runAsSystemOrAdministrator(), "the Administrators were not read");
        d.administrators = Outputs.parse(Outputs.fixture("local-administrators", "local-administrators-en.json")).administrators;
        assertEquals(Boolean.TRUE, assemble(d).marsAgentTasks().get(1).runAsSystemOrAdministrator(), "backupop is MABS01\\backupop, a member");
        d.administrators = d.administrators.subList(0, 1);
        assertEquals(Boolean.FALSE, assemble(d).marsAgentTasks().get(1).runAsSystemOrAdministrator(), "a local account is only ever a direct member");
        d.agentTasks = List.of(new FactsDraft.AgentTask("Microsoft-OnlineBackup", "Ready", true, "CONTOSO\\svc-backup", null, "IgnoreNew", List.of()));
        d.administrators = Outputs.parse(Outputs.fixture("local-administrators", "local-administrators-en.json")).administrators;
        assertNull(assemble(d).marsAgentTasks().get(0).runAsSystemOrAdministrator(), "a domain account may be one through Domain Admins");

        FactsDraft french = Outputs.parse(Outputs.fixture("mars-agent-tasks", "mars-agent-tasks-fr.json"));
        List<MarsAgentTask> tasks = assemble(french).marsAgentTasks();
        assertEquals(Boolean.TRUE, tasks.get(0).runAsSystemOrAdministrator(), "Système is SYSTEM");
        assertEquals("BUILTIN\\Administrateurs", tasks.get(1).runAs());
        assertEquals(Boolean.TRUE, tasks.get(1).runAsSystemOrAdministrator(), "a task run by the Administrators group");
        assertTrue(tasks.get(0).neverStartsOnSchedule());
        assertTrue(tasks.get(0).startsAnotherInstance(), "Queue starts the job again once the first ends");
        assertFalse(tasks.get(1).startsAnotherInstance());
    }

    @Test
    void theModuleFolderFoundOrNot() throws Exception {
        OnlineBackupModule module = Outputs.parse(Outputs.fixture("online-backup-module", "online-backup-module.json")).onlineBackupModule;
        assertEquals(new OnlineBackupModule(MODULE, true, List.of("MSOnlineBackup.format.ps1xml", "MSOnlineBackup.psd1")), module);
        assertFalse(module.filesMissing());
        OnlineBackupModule missing = Outputs.parse(Outputs.text("online-backup-module",
                "{ \"Folder\": \"C:\\\\MARS\\\\bin\\\\Modules\\\\MSOnlineBackup\", \"Found\": false, \"Files\": [] }")).onlineBackupModule;
        assertTrue(missing.filesMissing());
        assertNull(missing.files());
        OnlineBackupModule empty = Outputs.parse(Outputs.text("online-backup-module",
                "{ \"Folder\": \"C:\\\\MARS\\\\bin\\\\Modules\\\\MSOnlineBackup\", \"Found\": true, \"Files\": [\"MSOnlineBackup.format.ps1xml\"] }")).onlineBackupModule;
        assertTrue(empty.filesMissing(), "nothing PowerShell loads a module from");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("online-backup-module", "{ \"Folder\": \"C:\\\\x\" }")));
    }

    @Test
    void thePowerShellRegistryValuesPresentOrNot() throws Exception {
        List<RegistryValue> path = Outputs.parse(Outputs.fixture("registry-machine-psmodulepath", "registry-machine-psmodulepath.txt")).registry;
        assertEquals("REG_EXPAND_SZ", path.get(0).type());
        assertTrue(path.get(0).value().startsWith("%ProgramFiles%\\WindowsPowerShell\\Modules;"));
        List<RegistryValue> engine = Outputs.parse(Outputs.failed("registry-powershell-engine", 1,
                "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null)).registry;
        assertEquals(List.of(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\PowerShell\\3\\PowerShellEngine", "PowerShellVersion", null, null, false)), engine);
    }

    @Test
    void windowsServerBackupScheduledOrNot() throws Exception {
        assertEquals(new WindowsBackupSchedule(List.of("21:00", "03:30")),
                Outputs.parse(Outputs.fixture("windows-server-backup-schedule", "windows-server-backup-schedule.json")).windowsServerBackup);
        assertEquals(new WindowsBackupSchedule(List.of()), Outputs.parse(Outputs.text("windows-server-backup-schedule", "")).windowsServerBackup);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("windows-server-backup-schedule", "{ \"Hour\": 25, \"Minute\": 0 }")));
    }

    private static org.mabsadvisor.facts.FactsDocument assemble(FactsDraft d) {
        Manifest manifest = new Manifest("1", "Collect-MabsFacts.ps1", "1.0.0", "MABS01", OffsetDateTime.parse("2026-11-20T06:15:02Z"), null, null, true,
                new Manifest.Parameters(7, List.of(), null), List.of());
        return new DocumentAssembler().assemble(d, manifest);
    }
}
