package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mabsadvisor.testing.Project;

/** Policy values that would silently change what the rules report are refused, located, exit 2. */
class PolicyValuesTest {

    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "minimumMarsAgentVersion: \"not.a.version\"        | policy.yaml:1:26: minimumMarsAgentVersion is \"not.a.version\": a version of up to four numbers is expected",
        "minimumAgentVersionForSecurityFeatures: \"2.x\"   | policy.yaml:1:41: minimumAgentVersionForSecurityFeatures is \"2.x\"",
        "mabsV2FirstVersion: \"\"                           | policy.yaml:1:21: mabsV2FirstVersion is \"\"",
        "maxClockSkewSeconds: -300                        | policy.yaml:1:22: maxClockSkewSeconds is -300: it must be at least 0",
        "scratchFreePercentWarning: 101                   | policy.yaml:1:28: scratchFreePercentWarning is 101: a percentage from 0 to 100 is expected",
        "storagePoolFreePercentMinimum: -1                | policy.yaml:1:32: storagePoolFreePercentMinimum is -1: a percentage from 0 to 100",
        "scratchFreePercentSerious: 20                    | policy.yaml:1:28: scratchFreePercentSerious is 20, above scratchFreePercentWarning (10)",
        "windowsTempMaxFiles: 0                           | policy.yaml:1:22: windowsTempMaxFiles is 0: it must be at least 1",
        "largeBareMetalRecoveryBytes: -1                  | policy.yaml:1:30: largeBareMetalRecoveryBytes is -1: it must be at least 1",
        "maxParallelOnlineBackups: 0                      | policy.yaml:1:27: maxParallelOnlineBackups is 0: it must be at least 1",
        "minimumMabsUpdateForSecurityFeatures: -2         | policy.yaml:1:39: minimumMabsUpdateForSecurityFeatures is -2",
        "retentionMinimum: {monthlyUnit: fortnights}      | policy.yaml:1:33: retentionMinimum.monthlyUnit is \"fortnights\"; the units are months and weeks",
        "retentionMinimum: {dailyDays: -7}                | policy.yaml:1:31: retentionMinimum.dailyDays is -7: it must be at least 0",
        "interferingBackupProcesses: [cvd.exe, '']        | policy.yaml:1:29: interferingBackupProcesses item 2 is empty",
        "azureTlsRootThumbprints: [df3c24f9, '']          | policy.yaml:1:26: azureTlsRootThumbprints item 1 is \"df3c24f9\": a SHA-1 thumbprint of 40 hexadecimal digits is expected",
        "azureEndpoints: ['*.windows.net', 'a b']        | policy.yaml:1:17: azureEndpoints item 2 is \"a b\": a host name or a wildcard is expected",
    })
    void aValueThatChangesWhatTheRulesSayIsLocated(String yaml, String expected, @TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), yaml.strip() + "\n");
        CliRun run = CliRun.of("analyze", "--policy", policy.toString(), HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out(), "no report from a policy that was refused");
        assertTrue(run.err().contains(dir + "/" + expected.strip()), "expected '" + expected.strip() + "' in:\n" + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aSoundOverrideStillApplies(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "scratchFreePercentSerious: 10\nscratchFreePercentWarning: 20\nmaxClockSkewSeconds: 0\n");
        CliRun run = CliRun.of("analyze", "--policy", policy.toString(), HEALTHY);
        assertTrue(run.exitCode() <= 1, run.err());
    }

    /** What PowerShell's redirection and Notepad's "Unicode" write: read as facts in UTF-16 are. */
    @Test
    void policyWaiversAndSiteConfigurationInUtf16AreRead(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.write(policy, withBom("minimumMarsAgentVersion: \"99.0\"\n"));
        CliRun run = CliRun.of("analyze", "--format", "json", "--policy", policy.toString(), HEALTHY);
        assertTrue(run.exitCode() <= 1, run.err());
        assertTrue(run.out().contains("BASIC-01"), "the policy from a UTF-16 file applies");
        Path waivers = dir.resolve("waivers.yaml");
        Files.write(waivers, withBom("waivers: []\n"));
        assertEquals(0, CliRun.of("analyze", "--waivers", waivers.toString(), HEALTHY).exitCode());
        Path site = dir.resolve("site.yaml");
        Files.write(site, withBom("disable: [BASIC-01]\n"));
        CliRun siteRun = CliRun.of("analyze", "--site-config", site.toString(), HEALTHY);
        assertEquals(0, siteRun.exitCode(), siteRun.err());
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithItsByteNotAJavaClass(@TempDir Path dir) throws Exception {
        Path waivers = Files.write(dir.resolve("waivers.yaml"), "waivers: [] # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("analyze", "--waivers", waivers.toString(), HEALTHY);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not valid UTF-8 (byte 0xE9): save the file as UTF-8"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }
}
