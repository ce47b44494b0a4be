package org.mabsadvisor.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.testing.Project;

/** Standard error in a fleet run: a progress bar on a terminal only, erased around messages; --quiet leaves errors alone. */
class DiagnosticsTest {

    @Test
    void onATerminalABarIsDrawnAndErasedBeforeEachMessage() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        Diagnostics diagnostics = new Diagnostics(new PrintWriter(err), false, true, 10, () -> now[0]);
        now[0] = 2_000_000_000L;
        diagnostics.progress(5, 1);
        String bar = "[###############---------------] 5/10 hosts, 1 failed, 2.5 hosts/s, 0:02 left";
        assertEquals("\r" + bar, err.toString());
        now[0] += 99_999_999L;
        diagnostics.progress(6, 1);
        assertEquals("\r" + bar, err.toString(), "not redrawn within a tenth of a second");
        diagnostics.warning("odd facts");
        assertEquals("\r" + bar + "\r" + " ".repeat(bar.length()) + "\r" + "mabs-advisor: warning: odd facts" + System.lineSeparator(),
                err.toString());
        diagnostics.progress(7, 1);
        diagnostics.done();
        assertTrue(err.toString().endsWith("\r" + " ".repeat(bar.length()) + "\r"), "the bar is erased at the end");
    }

    @Test
    void theBarIsRedrawnOnceATenthOfASecondHasPassed() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        Diagnostics diagnostics = new Diagnostics(new PrintWriter(err), false, true, -1, () -> now[0]);
        diagnostics.progress(1, 0);
        now[0] = 100_000_000L;
        diagnostics.progress(2, 0);
        assertEquals("\r1 hosts\r2 hosts, 20.0 hosts/s", err.toString(), "no time left without a total");
    }

    @Test
    void theRateAndTimeLeftFollowTheElapsedTime() {
        assertEquals("[######------------------------] 200/1000 hosts, 10.0 hosts/s, 1:20 left", new ProgressBar(1000).line(200, 0, 20_000_000_000L));
        assertEquals("[------------------------------] 1/10000 hosts, 0.5 hosts/s, 5:33:18 left",
                new ProgressBar(10_000).line(1, 0, 2_000_000_000L));
        assertEquals("[##############################] 3/3 hosts, 1.0 hosts/s", new ProgressBar(3).line(3, 0, 3_000_000_000L));
    }

    @Test
    void withoutAKnownTotalTheCountsAlone() {
        assertEquals("12 hosts", new ProgressBar(-1).line(12, 0));
        assertEquals("[------------------------------] 0/3 hosts", new ProgressBar(3).line(0, 0));
        assertEquals("[##############################] 3/3 hosts, 2 failed", new ProgressBar(3).line(3, 2));
    }

    @Test
    void noBarWhenNotATerminalAndNothingButErrorsWhenQuiet() {
        StringWriter piped = new StringWriter();
        Diagnostics notTerminal = new Diagnostics(new PrintWriter(piped), false, false, 10);
        notTerminal.progress(5, 0);
        notTerminal.done();
        assertEquals("", piped.toString());

        StringWriter quietErr = new StringWriter();
        Diagnostics quiet = new Diagnostics(new PrintWriter(quietErr), true, true, 10);
        quiet.progress(5, 0);
        quiet.warning("odd facts");
        quiet.error("cannot analyse x.json:", List.of("x.json:1:1: broken"));
        assertEquals("mabs-advisor: cannot analyse x.json:" + System.lineSeparator() + "  x.json:1:1: broken" + System.lineSeparator(),
                quietErr.toString());
    }

    @Test
    void anOutputThatCannotBeCreatedStopsTheRunBeforeAnythingReachesStandardOutput() {
        Path healthy = Project.samples().resolve("healthy.json");
        Path nowhere = Project.root().resolve("no-such-folder/fleet.json");
        CliRun run = CliRun.of("analyze", "--format", "json", "-o", "html=" + nowhere, healthy.toString(), healthy.toString());
        assertEquals(4, run.exitCode(), "a report that cannot be written: exit 4");
        assertEquals("", run.out());
        assertTrue(run.err().contains(nowhere + ": its folder does not exist"), run.err());
    }

    @Test
    void aFleetRunPrintsNoBarWhenStandardErrorIsNotATerminal() {
        Path healthy = Project.samples().resolve("healthy.json");
        Path missing = Project.root().resolve("no-such-facts.json");
        CliRun run = CliRun.of("analyze", "--format", "json", healthy.toString(), missing.toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("\r"), run.err());
        assertTrue(run.err().contains("cannot analyse " + missing + ": the facts are not valid:\n  " + missing + ": no such file"), run.err());
        CliRun quiet = CliRun.of("analyze", "--quiet", "--format", "json", healthy.toString(), missing.toString());
        assertTrue(quiet.err().contains("no such file"), "errors still show with --quiet");
    }
}
