package org.mabsadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The longest wait between two recovery points of a schedule, counted round the week. */
class RecoveryPointScheduleTest {
    private static final List<String> WORKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");

    @Test
    void theWeekendIsTheLongestGapOfAWorkdaySchedule() {
        // Friday 20:00 to Monday 08:00.
        assertEquals(60 * 60, new RecoveryPointSchedule(WORKDAYS, List.of("08:00", "20:00")).longestIntervalMinutes());
    }

    @Test
    void aDailyScheduleWaitsFromItsLastTimeToItsFirstTheNextDay() {
        List<String> everyDay = List.of("sunday", "saturday", "friday", "thursday", "wednesday", "tuesday", "monday");
        assertEquals(14 * 60, new RecoveryPointSchedule(everyDay, List.of("18:00", "08:00", "12:00")).longestIntervalMinutes());
        assertEquals(24 * 60, new RecoveryPointSchedule(everyDay, List.of("20:00")).longestIntervalMinutes());
    }

    @Test
    void oneRecoveryPointAWeekWaitsAWeekWhateverItsRepetitions() {
        assertEquals(7 * 24 * 60, new RecoveryPointSchedule(List.of("saturday"), List.of("20:00")).longestIntervalMinutes());
        assertEquals(7 * 24 * 60, new RecoveryPointSchedule(List.of("saturday", "Saturday"), List.of("20:00", "20:00:00")).longestIntervalMinutes());
    }

    @Test
    void aScheduleWithoutDaysOrTimesOrThatCannotBeReadAllowsNothing() {
        assertNull(new RecoveryPointSchedule(List.of(), List.of("20:00")).longestIntervalMinutes());
        assertNull(new RecoveryPointSchedule(WORKDAYS, List.of()).longestIntervalMinutes());
        assertNull(new RecoveryPointSchedule(null, null).longestIntervalMinutes());
        assertNull(new RecoveryPointSchedule(List.of("lundi"), List.of("20:00")).longestIntervalMinutes());
        assertNull(new RecoveryPointSchedule(WORKDAYS, List.of("8 PM")).longestIntervalMinutes());
    }

    @Test
    void aGroupIsHeldToTheLongestOfItsSchedules() {
        RecoveryPointSchedule files = new RecoveryPointSchedule(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                List.of("08:00", "20:00"));
        RecoveryPointSchedule applications = new RecoveryPointSchedule(List.of("sunday"), List.of("02:00"));
        assertEquals(168.0, new ProtectionGroup("PG", null, null, null, null, null, List.of(files, applications)).longestDiskIntervalHours());
        assertEquals(12.0, new ProtectionGroup("PG", null, null, null, null, null, List.of(files, new RecoveryPointSchedule(List.of(), List.of())))
                .longestDiskIntervalHours());
        assertNull(new ProtectionGroup("PG", null, null, null, null, null, List.of()).longestDiskIntervalHours(), "no schedule");
        assertNull(new ProtectionGroup("PG", null, null, null, null, null, null).longestDiskIntervalHours(), "not known");
    }
}
