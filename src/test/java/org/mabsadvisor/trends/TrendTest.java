package org.mabsadvisor.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trends fitted on generated histories whose slope is known, and the days left to the threshold they give. */
class TrendTest {
    private static final Instant START = Instant.parse("2026-11-01T06:00:00Z");

    private static List<Trend.Point> line(int days, double first, double perDay, double noise, long seed) {
        Random random = new Random(seed);
        List<Trend.Point> points = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            points.add(new Trend.Point(START.plusSeconds(d * 86_400L), first + perDay * d + (random.nextDouble() * 2 - 1) * noise));
        }
        return points;
    }

    @Test
    void aRisingCountReachesItsThresholdWhenTheLineSays() {
        // 40,000 files, 1,000 more a day: on day 10 it holds 50,000, 15 days short of 65,000.
        Trend t = Trend.of(Measure.WINDOWS_TEMP_FILES, 65_000, line(11, 40_000, 1_000, 0, 1));
        assertEquals(1_000, t.perDay(), 1e-6);
        assertEquals(Integer.valueOf(15), t.daysLeft());
        assertEquals(START.plusSeconds(25 * 86_400L), t.reachedAt());
    }

    @Test
    void aFallingPercentageWithNoiseGivesTheSlopeWithinTheNoise() {
        // 30 % free, 0.8 point less a day, ±0.3 of noise: about 8.8 days left from the last value to 10 %.
        Trend t = Trend.of(Measure.SCRATCH_FREE_PERCENT, 10, line(20, 30, -0.8, 0.3, 7));
        assertEquals(-0.8, t.perDay(), 0.05);
        double last = t.points().get(19).value();
        assertEquals((int) Math.ceil((last - 10) / -t.perDay()), t.daysLeft());
    }

    @Test
    void noForecastWhenFlatMovingAwayAlreadyPastOrTooShort() {
        assertNull(Trend.of(Measure.SCRATCH_FREE_PERCENT, 10, line(10, 30, 0, 0, 1)).daysLeft(), "flat");
        assertNull(Trend.of(Measure.SCRATCH_FREE_PERCENT, 10, line(10, 30, 0.5, 0, 1)).daysLeft(), "free space growing");
        assertNull(Trend.of(Measure.WINDOWS_TEMP_FILES, 65_000, line(10, 70_000, 100, 0, 1)).daysLeft(), "already past: the rule itself reports it");
        assertNull(Trend.of(Measure.WINDOWS_TEMP_FILES, 65_000, line(2, 40_000, 5_000, 0, 1)).perDay(), "two points are no trend");
        List<Trend.Point> sameDay = List.of(new Trend.Point(START, 1), new Trend.Point(START.plusSeconds(3600), 2), new Trend.Point(START.plusSeconds(7200), 3));
        assertNull(Trend.of(Measure.WINDOWS_TEMP_FILES, 65_000, sameDay).perDay(), "less than a day of history");
    }

    @Test
    void theClockCountsItsOffsetEitherWay() {
        // Falling further behind (more negative) is a growing offset: Measure reads its size.
        assertEquals(120.0, Measure.CLOCK_OFFSET_SECONDS.value(new org.mabsadvisor.facts.ClockSkew(-120.0, "time.windows.com")));
        Trend t = Trend.of(Measure.CLOCK_OFFSET_SECONDS, 300, line(5, 100, 20, 0, 1));
        assertEquals(Integer.valueOf(6), t.daysLeft(), "180 s, 20 s a day: 6 days to 300 s");
    }
}
