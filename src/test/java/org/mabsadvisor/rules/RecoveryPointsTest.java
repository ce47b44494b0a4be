package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.ReplicaState;

/** A newest recovery point against the schedule's longest interval and the slack, at the collection. */
class RecoveryPointsTest {
    private static final OffsetDateTime COLLECTED = OffsetDateTime.parse("2026-11-20T06:15:00Z");

    private static DataSource source(Integer count, String newest) {
        return new DataSource("PG", "D:\\", null, "FS01", ReplicaState.CONSISTENT, null, null, null, count,
                newest == null ? null : OffsetDateTime.parse(newest));
    }

    @Test
    void lateOnlyPastTheIntervalAndTheSlack() {
        assertFalse(RecoveryPoints.isLate(source(3, "2026-11-19T00:15:00Z"), 24.0, COLLECTED, 6), "exactly 30 hours old");
        assertTrue(RecoveryPoints.isLate(source(3, "2026-11-19T00:14:59Z"), 24.0, COLLECTED, 6));
        assertTrue(RecoveryPoints.isLate(source(3, "2026-11-19T12:00:00Z"), 12.0, COLLECTED, 6), "twice a day: 18 hours allowed");
        assertFalse(RecoveryPoints.isLate(source(3, "2026-11-19T12:30:00Z"), 12.0, COLLECTED, 6));
    }

    @Test
    void neverLateOnWhatIsNotKnown() {
        assertFalse(RecoveryPoints.isLate(source(null, "2026-11-01T00:00:00Z"), 24.0, COLLECTED, 6), "not counted");
        assertFalse(RecoveryPoints.isLate(source(0, null), 24.0, COLLECTED, 6), "none: the other rule's case");
        assertFalse(RecoveryPoints.isLate(source(3, "2026-11-01T00:00:00Z"), null, COLLECTED, 6), "no schedule");
        assertFalse(RecoveryPoints.isLate(source(3, "2026-11-01T00:00:00Z"), 24.0, null, 6), "no collection time");
        assertTrue(RecoveryPoints.hasNone(source(0, null)));
        assertFalse(RecoveryPoints.hasNone(source(null, null)), "not counted is not none");
    }

    @Test
    void ageInHoursToATenth() {
        assertEquals(58.2, RecoveryPoints.ageHours(OffsetDateTime.parse("2026-11-17T20:00:03Z"), OffsetDateTime.parse("2026-11-20T06:15:02Z")));
        assertNull(RecoveryPoints.ageHours(null, COLLECTED));
    }
}
