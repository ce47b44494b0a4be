package org.mabsadvisor.fleet;

/** The line of a progress bar: a bar and counts when the number of hosts is known, counts alone when not. */
record ProgressBar(long total) {
    private static final int WIDTH = 30;

    String line(long done, long failed) {
        String counts = done + (total >= 0 ? "/" + total : "") + " hosts" + (failed > 0 ? ", " + failed + " failed" : "");
        if (total <= 0) {
            return counts;
        }
        int filled = (int) Math.min(WIDTH, WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts;
    }
}
