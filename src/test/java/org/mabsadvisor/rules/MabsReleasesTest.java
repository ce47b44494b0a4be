package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.facts.MabsServer;
import org.mabsadvisor.facts.Platform;
import org.mabsadvisor.facts.SqlServerInstance;
import org.mabsadvisor.policy.Policy;
import org.mabsadvisor.policy.PolicyLoader;

/** Releases and update rollups from the shipped policy's table, and the platform each release supports. */
class MabsReleasesTest {
    private static Policy policy;

    @BeforeAll
    static void load() throws Exception {
        policy = new PolicyLoader().load(Project.builtInRules().resolve(PolicyLoader.DEFAULT_FILE), null);
    }

    @Test
    void theReleaseComesFromTheFirstVersionOfEach() {
        assertEquals("v3", MabsReleases.releaseName(server("13.0.415.0", 2), policy));
        assertEquals("v4", MabsReleases.releaseName(server("14.0.30.0", null), policy));
        assertNull(MabsReleases.releaseName(server("12.0.332.0", 1), policy), "v2 is older than the table");
        assertNull(MabsReleases.releaseName(server(null, 2), policy));
        assertTrue(MabsReleases.olderThanEveryRelease(server("12.0.332.0", 1), policy));
        assertFalse(MabsReleases.olderThanEveryRelease(server(null, 1), policy), "an unknown version is not old");
    }

    @Test
    void anUpdateWithABuildIsToldByTheVersionOneWithoutByTheRollupNumber() {
        assertTrue(MabsReleases.atLeast(server("14.0.42.0", null), policy, "v4 UR1"));
        assertFalse(MabsReleases.atLeast(server("14.0.41.9", 9), policy, "v4 UR1"), "the build decides, not the rollup number");
        assertTrue(MabsReleases.atLeast(server("13.0.415.0", 1), policy, "v3 UR1"));
        assertFalse(MabsReleases.atLeast(server("13.0.415.0", 0), policy, "v3 UR1"));
        assertFalse(MabsReleases.atLeast(server("13.0.415.0", null), policy, "v3 UR1"), "an unknown rollup is not UR1");
        assertTrue(MabsReleases.atLeast(server("14.0.30.0", null), policy, "v3 UR1"), "every v4 is after v3 UR1");
        assertFalse(MabsReleases.atLeast(server("13.0.415.0", 2), policy, "v4 UR1"));
        assertTrue(MabsReleases.isRecalled(server("14.0.42", null), policy), "missing parts count as 0");
        assertFalse(MabsReleases.isRecalled(server("14.0.46.0", null), policy));
        assertEquals("14.0.46.0", MabsReleases.buildOf(policy, "V4 UR1 Refresh"));
    }

    @Test
    void operatingSystemsAndSqlServerPerRelease() {
        assertEquals("2012 R2", Platforms.windowsRelease("Microsoft Windows Server 2012 R2 Standard"));
        assertNull(Platforms.windowsRelease("Microsoft Hyper-V Server 2019"));
        assertTrue(Platforms.osUnsupported(platform("Microsoft Windows Server 2016 Standard"), server("14.0.30.0", null), policy));
        assertFalse(Platforms.osUnsupported(platform("Microsoft Windows Server 2016 Standard"), server("13.0.415.0", 2), policy));
        assertFalse(Platforms.osUnsupported(platform(null), server("14.0.30.0", null), policy), "an unknown caption");
        SqlServerInstance sql2014 = new SqlServerInstance("2014", "12.0.6024.0", "SP3", "Enterprise Edition (64-bit)", true, "MSDPM2012", "MABS01", true);
        assertFalse(Platforms.sqlUnsupported(sql2014, server("13.0.415.0", 2), policy), "SP3 is past the SP1 minimum");
        assertTrue(Platforms.sqlUnsupported(sql2014, server("14.0.30.0", null), policy));
        assertTrue(Platforms.isNetworkService("NT AUTHORITY\\NETWORK SERVICE"));
        assertTrue(Platforms.isNetworkService("S-1-5-20"));
        assertFalse(Platforms.isNetworkService("NT AUTHORITY\\LocalService"));
    }

    private static Platform platform(String caption) {
        return new Platform(new Platform.OperatingSystem(caption, null, "64-bit", "Server"), null, null, null, null, null, null, null);
    }

    private static MabsServer server(String version, Integer rollup) {
        return new MabsServer("MABS01", "contoso.local", null, version, rollup, null);
    }
}
