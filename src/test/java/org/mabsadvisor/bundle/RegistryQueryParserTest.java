package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.RegistryValue;

/**
 * The registry-* specs: reg.exe query, whose value lines are not translated but whose error text
 * and the name of a key's default value are ("(Default)", "(par défaut)").
 */
class RegistryQueryParserTest {
    private static final String CONFIG = "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config";
    private static final String WRITE_IDS = "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Configuration\\VolSnapOptimization\\WriteIds";

    @Test
    void aValueIsRecordedWithItsTypeAndData() throws Exception {
        assertEquals(new RegistryValue(null, CONFIG, "ScratchLocation", "REG_SZ", "E:\\MARS\\Scratch", true),
                only(Outputs.fixture("registry-scratch-location", "registry-value.txt")));
        RegistryValue trim = only(Outputs.fixture("registry-refs-inline-trim", "registry-dword.txt"));
        assertTrue(trim.isDword(1), trim.toString());
        assertEquals(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Notification", "SMTPUserName",
                "REG_SZ", "CONTOSO\\mabs-alerts", true), only(Outputs.fixture("registry-smtp-user-name", "registry-smtp-user.txt")));
    }

    @Test
    void aKeyAndItsDefaultValueInEnglishAndFrench() throws Exception {
        RegistryValue english = only(Outputs.fixture("registry-writeids-key", "registry-key-default-en.txt"));
        assertEquals(new RegistryValue(null, WRITE_IDS, null, "REG_SZ", "", true), english);
        assertEquals(english, only(Outputs.fixture("registry-writeids-key", "registry-key-default-fr.txt")));
        assertEquals(new RegistryValue(null, WRITE_IDS, null, null, null, true), only(Outputs.fixture("registry-writeids-key", "registry-key-values.txt")));
    }

    @Test
    void notFoundInEnglishOrFrenchIsRecordedAsNotPresent() throws Exception {
        RegistryValue english = only(Outputs.failed("registry-writeids-key", 1,
                "ERROR: The system was unable to find the specified registry key or value.", null));
        assertEquals(new RegistryValue(null, WRITE_IDS, null, null, null, false), english);
        RegistryValue french = only(Outputs.failed("registry-refs-inline-trim", 1,
                "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null));
        assertTrue(french.isMissing() && "RefsEnableInlineTrim".equals(french.name()), french.toString());
    }

    @Test
    void theTlsValuesOfSChannelAndDotNetInEnglishAndFrench() throws Exception {
        String client = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client";
        RegistryValue enabled = only(Outputs.fixture("registry-tls12-client-enabled", "registry-tls12-client-enabled.txt"));
        assertEquals(new RegistryValue(null, client, "Enabled", "REG_DWORD", "0x0", true), enabled);
        assertTrue(enabled.isDword(0), enabled.toString());
        RegistryValue crypto = only(Outputs.fixture("registry-dotnet32-strong-crypto", "registry-dotnet32-strong-crypto.txt"));
        assertEquals(new RegistryValue(null, "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319", "SchUseStrongCrypto",
                "REG_DWORD", "0x1", true), crypto);
        // The key of the TLS 1.2 client is absent on a default Windows Server 2012 R2 or later: the value is recorded not present.
        RegistryValue english = only(Outputs.failed("registry-tls12-client-disabled-by-default", 1,
                "ERROR: The system was unable to find the specified registry key or value.", null));
        assertEquals(new RegistryValue(null, client, "DisabledByDefault", null, null, false), english);
        RegistryValue release = only(Outputs.fixture("registry-dotnet4-release", "registry-dotnet4-release.txt"));
        assertEquals(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full", "Release", "REG_DWORD", "0x80eb1", true),
                release);
        assertEquals(Long.valueOf(528049), release.dword());
        // Without .NET Framework 4.5 or later the Release value does not exist: on a French Windows too.
        assertEquals(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full", "Release", null, null, false),
                only(Outputs.failed("registry-dotnet4-release", 1, "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null)));
        RegistryValue french = only(Outputs.failed("registry-dotnet-system-default-tls", 1,
                "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null));
        assertEquals(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319", "SystemDefaultTlsVersions", null, null, false),
                french);
    }

    @Test
    void theLimitsOfParallelOnlineBackupsInEnglishAndFrench() throws Exception {
        RegistryValue mars = only(Outputs.fixture("registry-max-parallel-backup-jobs", "registry-max-parallel-backup-jobs.txt"));
        assertEquals(new RegistryValue(null, "HKLM\\Software\\Microsoft\\Windows Azure Backup\\DbgSettings\\OnlineBackup", "MaxParallelBackupJobs",
                "REG_DWORD", "0xc", true), mars);
        // Neither value exists until an administrator raises the limits: both are then recorded not present.
        String controller = "HKLM\\Software\\Microsoft\\Microsoft Data Protection Manager\\Configuration\\DPMTaskController\\MaxRunningTasksThreshold";
        RegistryValue english = only(Outputs.failed("registry-online-backup-tasks-threshold", 1,
                "ERROR: The system was unable to find the specified registry key or value.", null));
        assertEquals(new RegistryValue(null, controller, "6e7c76f4-a832-4418-a772-8e58fd7466cb", null, null, false), english);
        RegistryValue french = only(Outputs.failed("registry-online-backup-tasks-threshold", 1,
                "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null));
        assertEquals(english, french);
    }

    @Test
    void theSqlServerInstanceOfTheMabsDatabase() throws Exception {
        String db = "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\DB";
        assertEquals(new RegistryValue(null, db, "SqlServer", "REG_SZ", "MABS01", true),
                only(Outputs.fixture("registry-dpm-sql-server", "registry-dpm-sql-server.txt")));
        assertEquals(new RegistryValue(null, db, "InstanceName", "REG_SZ", "MSDPM2012", true),
                only(Outputs.fixture("registry-dpm-sql-instance", "registry-dpm-sql-instance.txt")));
        RegistryValue french = only(Outputs.failed("registry-dpm-sql-instance", 1,
                "ERREUR : le système n’a pas trouvé la clé ou la valeur de Registre spécifiée.", null));
        assertTrue(french.isMissing() && "InstanceName".equals(french.name()), french.toString());
    }

    @Test
    void otherErrorsLeaveTheValueUnknown() {
        UnusableOutputException denied = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.failed("registry-scratch-location", 1, "ERROR: Access is denied.", null)));
        assertTrue(denied.getMessage().contains("Access is denied"), denied.getMessage());
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("registry-scratch-location", 2, "ERROR: Invalid syntax.", null)));
        UnusableOutputException other = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("registry-scratch-location", "registry-other-value.txt")));
        assertEquals(4, other.line());
        assertTrue(other.getMessage().contains("ScratchLocation is not in the output"), other.getMessage());
    }

    @Test
    void theLookupComesFromTheSpecsCommand() {
        SpecList specs = SpecList.builtIn();
        assertEquals(new RegistryQueryParser.Lookup(CONFIG, "ScratchLocation"),
                RegistryQueryParser.Lookup.of(specs.find("registry-scratch-location").orElseThrow()));
        assertEquals(new RegistryQueryParser.Lookup(WRITE_IDS, null), RegistryQueryParser.Lookup.of(specs.find("registry-writeids-key").orElseThrow()));
    }

    private static RegistryValue only(SpecOutput output) throws UnusableOutputException {
        FactsDraft draft = Outputs.parse(output);
        assertEquals(1, draft.registry.size());
        return draft.registry.get(0);
    }
}
