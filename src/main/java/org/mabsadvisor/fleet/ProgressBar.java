package org.mabsadvisor.fleet;

import java.util.Locale;

/**
 * The line of a progress bar: a bar and counts when the number of hosts is known, counts alone when
 * not; once some time has passed, the rate and, with a known total, the time left at that rate.
 */
record ProgressBar(long total) {
    private static final int WIDTH = 30;

    String line(long done, long failed) {
        return line(done, failed, 0);
    }

    /** {@code elapsedNanos}: time since the run started; 0 gives no rate (nothing to divide by yet). */
    String line(long done, long failed, long elapsedNanos) {
        String counts = done + (total >= 0 ? "/" + total : "") + " hosts" + (failed > 0 ? ", " + failed + " failed" : "");
        if (elapsedNanos > 0 && done > 0) {
            double rate = done * 1e9 / elapsedNanos;
            counts += String.format(Locale.ROOT, ", %.1f hosts/s", rate);
            if (total > done) {
                counts += ", " + duration(Math.round((total - done) / rate)) + " left";
            }
        }
        if (total <= 0) {
            return counts;
        }
        int filled = (int) Math.min(WIDTH, WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts;
    }

    /** Seconds as m:ss, or h:mm:ss past an hour. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
