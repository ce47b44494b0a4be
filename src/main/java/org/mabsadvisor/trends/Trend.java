package org.mabsadvisor.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The history of one measure of a host and where it is heading: a least-squares line through the
 * points of the window, its change per day, and, when it moves towards its threshold without
 * having reached it, how many days are left and the day it gets there. With fewer than three
 * points, or points spanning less than a day, there is no rate, hence no forecast.
 */
public record Trend(Measure measure, double threshold, List<Point> points, Double perDay, Integer daysLeft, Instant reachedAt) {

    /** One value of the measure, at the time its facts were collected. */
    public record Point(Instant at, double value) {
    }

    private static final double SECONDS_PER_DAY = 86_400.0;

    public Trend {
        points = List.copyOf(points);
    }

    /** The trend of these points (oldest first), the last of which is now. */
    public static Trend of(Measure measure, double threshold, List<Point> points) {
        if (points.size() < 3 || Duration.between(points.get(0).at(), points.get(points.size() - 1).at()).toHours() < 24) {
            return new Trend(measure, threshold, points, null, null, null);
        }
        Instant origin = points.get(0).at();
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double x = (p.at().getEpochSecond() - origin.getEpochSecond()) / SECONDS_PER_DAY;
            sx += x;
            sy += p.value();
            sxx += x * x;
            sxy += x * p.value();
        }
        double denominator = n * sxx - sx * sx;
        if (denominator == 0) {
            return new Trend(measure, threshold, points, null, null, null);
        }
        double slope = (n * sxy - sx * sy) / denominator;
        Point last = points.get(points.size() - 1);
        double gap = measure.rising() ? threshold - last.value() : last.value() - threshold;
        double towards = measure.rising() ? slope : -slope;
        if (gap <= 0 || towards <= 0) {
            // Already past the threshold (the rule itself reports it), or not heading there.
            return new Trend(measure, threshold, points, slope, null, null);
        }
        double days = gap / towards;
        int daysLeft = (int) Math.min(Integer.MAX_VALUE, Math.ceil(days));
        Instant reached = last.at().plusSeconds((long) Math.min(days * SECONDS_PER_DAY, 100L * 365 * 86_400));
        return new Trend(measure, threshold, points, slope, daysLeft, reached);
    }
}
