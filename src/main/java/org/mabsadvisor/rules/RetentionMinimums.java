package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.Retention;
import org.mabsadvisor.policy.Policy.RetentionMinimum;

/**
 * The minimum online retention that the vault's security settings enforce (PG-04): daily, weekly,
 * monthly and yearly recovery points each have a floor, set by the policy.
 *
 * <p>Rules of reading: a null value is unknown and never counts as below; a value of 0 means that
 * recovery points of that frequency are not kept at all, which the minimum does not cover. The
 * monthly floor is read in the policy's {@code monthlyUnit}: {@code months}, or {@code weeks} (the
 * article states it as "three weeks"); for weeks, the group's months are converted at 4 weeks a
 * month, the shortest a month can be, so only a retention that is certainly shorter is reported. An
 * unknown unit leaves the monthly retention unchecked.
 *
 * <pre>{@code ProtectionGroup( RetentionMinimums.isBelow(onlineRetention, $minimum) )}</pre>
 */
public final class RetentionMinimums {
    /** Weeks counted in a month when the monthly minimum is stated in weeks. */
    static final int WEEKS_PER_MONTH = 4;

    private RetentionMinimums() {
    }

    /** True when at least one known, kept frequency of the retention is shorter than its minimum. */
    public static boolean isBelow(Retention retention, RetentionMinimum minimum) {
        if (retention == null || minimum == null) {
            return false;
        }
        return below(retention.dailyDays(), minimum.dailyDays())
                || below(retention.weeklyWeeks(), minimum.weeklyWeeks())
                || monthlyBelow(retention.monthlyMonths(), minimum)
                || below(retention.yearlyYears(), minimum.yearlyYears());
    }

    /** True when the monthly retention, in months, is known, kept and shorter than the monthly minimum in its unit. */
    static boolean monthlyBelow(Integer months, RetentionMinimum minimum) {
        String unit = minimum.monthlyUnit() == null ? "months" : minimum.monthlyUnit().trim().toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "months", "month" -> below(months, minimum.monthly());
            case "weeks", "week" -> months != null && below(months * WEEKS_PER_MONTH, minimum.monthly());
            default -> false;
        };
    }

    private static boolean below(Integer value, int minimum) {
        return value != null && value > 0 && value < minimum;
    }
}
