package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** analyze --remediation writes, in the same run, the script that remediate writes from that run's JSON report. */
class AnalyzeRemediationTest {

    @TempDir
    Path dir;

    @Test
    void theScriptIsTheOneRemediateWritesFromTheSameReport() throws Exception {
        String sample = Project.samples().resolve("basic-troubleshooting.json").toString();
        Path report = dir.resolve("basic-troubleshooting.json");
        Path script = dir.resolve("fix.ps1");
        CliRun run = CliRun.of("analyze", "--lang", "fr", "--format", "json", "--output", report.toString(), "--remediation", script.toString(), sample);
        assertEquals(1, run.exitCode(), run.err());
        byte[] written = Files.readAllBytes(script);
        assertTrue(written.length > 3 && (written[0] & 0xFF) == 0xEF && (written[1] & 0xFF) == 0xBB && (written[2] & 0xFF) == 0xBF,
                "UTF-8 with a byte order mark, for Windows PowerShell 5.1");
        Path again = dir.resolve("again.ps1");
        CliRun remediate = CliRun.of("remediate", report.toString(), "-o", again.toString());
        assertEquals(0, remediate.exitCode(), remediate.err());
        assertEquals(Files.readString(again, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("SupportsShouldProcess"));
    }

    @Test
    void aFleetAnInputOrAReportIsNoPlaceForTheScript() throws Exception {
        String healthy = Project.samples().resolve("healthy.json").toString();
        String basic = Project.samples().resolve("basic-troubleshooting.json").toString();
        CliRun fleet = CliRun.of("analyze", "--remediation", dir.resolve("fix.ps1").toString(), healthy, basic);
        assertEquals(2, fleet.exitCode());
        assertTrue(fleet.err().contains("--remediation is for one server"), fleet.err());
        Path copy = dir.resolve("copy.json");
        Files.copy(Path.of(basic), copy);
        byte[] before = Files.readAllBytes(copy);
        CliRun onto = CliRun.of("analyze", "--remediation", copy.toString(), copy.toString());
        assertEquals(2, onto.exitCode());
        assertTrue(onto.err().contains("which this run reads; refusing to overwrite it"), onto.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(copy), "the input is untouched");
        Path same = dir.resolve("same.txt");
        CliRun twice = CliRun.of("analyze", "--output", same.toString(), "--remediation", same.toString(), basic);
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("is also an --output"), twice.err());
        assertFalse(Files.exists(same));
    }
}
