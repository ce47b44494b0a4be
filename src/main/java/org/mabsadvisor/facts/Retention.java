package org.mabsadvisor.facts;

/** Online (Azure) retention of a protection group, per recovery point frequency. */
public record Retention(Integer dailyDays, Integer weeklyWeeks, Integer monthlyMonths, Integer yearlyYears) {
}
