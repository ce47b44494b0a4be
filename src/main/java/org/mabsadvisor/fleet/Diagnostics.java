package org.mabsadvisor.fleet;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.LongSupplier;
import org.mabsadvisor.input.Inert;

/**
 * What a run says on standard error: errors always, warnings unless quiet, and a progress bar when
 * standard error is a terminal. The bar is redrawn at most ten times a second, and erased before
 * any message so that messages stay whole lines.
 */
public final class Diagnostics {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final ProgressBar bar;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int shown;

    /** {@code terminal}: standard error is a terminal; {@code total}: hosts to analyse, -1 when unknown. */
    public Diagnostics(PrintWriter err, boolean quiet, boolean terminal, long total) {
        this(err, quiet, terminal, total, System::nanoTime);
    }

    /** {@code clock}: nanoseconds, as System.nanoTime gives them; tests pass their own so that no result depends on time. */
    Diagnostics(PrintWriter err, boolean quiet, boolean terminal, long total, LongSupplier clock) {
        this.err = err;
        this.quiet = quiet;
        this.bar = terminal && !quiet ? new ProgressBar(total) : null;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    public void error(String message) {
        error(message, List.of());
    }

    /** An error, then its details one per line, indented. */
    public void error(String message, List<String> details) {
        erase();
        // Messages name inputs and quote their values: one line each, no control character (see Inert).
        err.println("mabs-advisor: " + Inert.line(message));
        details.forEach(d -> err.println("  " + Inert.line(d)));
        err.flush();
    }

    /** The stack trace behind an error, for --debug. */
    public void stackTrace(Throwable cause) {
        erase();
        cause.printStackTrace(err);
        err.flush();
    }

    public void warning(String message) {
        if (!quiet) {
            erase();
            err.println("mabs-advisor: warning: " + Inert.line(message));
            err.flush();
        }
    }

    /** Shows how far the run is. */
    public void progress(long done, long failed) {
        if (bar == null) {
            return;
        }
        long now = clock.getAsLong();
        if (shown > 0 && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = bar.line(done, failed, now - start);
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    /** Erases the bar at the end of the run. */
    public void done() {
        erase();
    }

    private void erase() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }
}
