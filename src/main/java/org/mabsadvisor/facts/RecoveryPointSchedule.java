package org.mabsadvisor.facts;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One short-term (disk) recovery point schedule of a protection group: the days of the week it
 * runs on (English names, {@code monday}) and its times of day ({@code 20:00}, the server's local
 * time). Empty lists: the schedule makes no recovery point.
 */
public record RecoveryPointSchedule(List<String> days, List<String> times) {

    private static final int MINUTES_A_DAY = 24 * 60;
    private static final int MINUTES_A_WEEK = 7 * MINUTES_A_DAY;

    public RecoveryPointSchedule {
        days = days == null ? List.of() : List.copyOf(days);
        times = times == null ? List.of() : List.copyOf(times);
    }

    /**
     * The longest time, in minutes, between two recovery points this schedule makes, counted round
     * the week (Saturday 20:00 to the next Monday 20:00 is two days); a schedule with one point a
     * week waits a week. Null when it makes none, or when a day or time cannot be read.
     */
    public Integer longestIntervalMinutes() {
        List<Integer> starts = new ArrayList<>();
        for (String day : days) {
            DayOfWeek d = day(day);
            if (d == null) {
                return null;
            }
            for (String time : times) {
                Integer minute = minuteOfDay(time);
                if (minute == null) {
                    return null;
                }
                starts.add((d.getValue() - 1) * MINUTES_A_DAY + minute);
            }
        }
        if (starts.isEmpty()) {
            return null;
        }
        Collections.sort(starts);
        int longest = starts.get(0) + MINUTES_A_WEEK - starts.get(starts.size() - 1);
        for (int i = 1; i < starts.size(); i++) {
            longest = Math.max(longest, starts.get(i) - starts.get(i - 1));
        }
        return longest;
    }

    private static DayOfWeek day(String name) {
        try {
            return name == null ? null : DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer minuteOfDay(String time) {
        try {
            LocalTime t = time == null ? null : LocalTime.parse(time.strip());
            return t == null ? null : t.getHour() * 60 + t.getMinute();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
