package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Retention;
import org.mabsadvisor.policy.Policy.RetentionMinimum;

/** The online retention minimum of PG-04, in months and in weeks. */
class RetentionMinimumsTest {
    private static final RetentionMinimum MONTHS = new RetentionMinimum(7, 4, 3, "months", 1);
    private static final RetentionMinimum WEEKS = new RetentionMinimum(7, 4, 3, "weeks", 1);

    @Test
    void eachFrequencyIsComparedWithItsMinimum() {
        assertTrue(RetentionMinimums.isBelow(new Retention(6, 4, 3, 1), MONTHS), "daily");
        assertTrue(RetentionMinimums.isBelow(new Retention(7, 3, 3, 1), MONTHS), "weekly");
        assertTrue(RetentionMinimums.isBelow(new Retention(7, 4, 2, 1), MONTHS), "monthly");
        assertTrue(RetentionMinimums.isBelow(new Retention(30, 12, 12, 1), new RetentionMinimum(7, 4, 3, "months", 2)), "yearly");
        assertFalse(RetentionMinimums.isBelow(new Retention(7, 4, 3, 1), MONTHS), "equal to every minimum");
        assertFalse(RetentionMinimums.isBelow(new Retention(180, 104, 60, 10), MONTHS));
    }

    @Test
    void unknownAndUnusedFrequenciesAreNeverBelow() {
        assertFalse(RetentionMinimums.isBelow(new Retention(null, null, null, null), MONTHS));
        assertFalse(RetentionMinimums.isBelow(new Retention(30, 0, 0, 0), MONTHS), "0 means not kept");
        assertFalse(RetentionMinimums.isBelow(null, MONTHS));
        assertFalse(RetentionMinimums.isBelow(new Retention(1, 1, 1, 1), null));
    }

    @Test
    void aMonthlyMinimumInWeeksCountsFourWeeksAMonth() {
        assertFalse(RetentionMinimums.isBelow(new Retention(7, 4, 1, 1), WEEKS), "1 month = 4 weeks >= 3 weeks");
        assertTrue(RetentionMinimums.isBelow(new Retention(7, 4, 1, 1), new RetentionMinimum(7, 4, 5, "weeks", 1)), "4 weeks < 5 weeks");
        assertFalse(RetentionMinimums.isBelow(new Retention(7, 4, 2, 1), new RetentionMinimum(7, 4, 8, "Weeks", 1)), "8 weeks, case ignored");
        assertTrue(RetentionMinimums.isBelow(new Retention(7, 4, 2, 1), MONTHS), "the same group is below 3 months");
        assertFalse(RetentionMinimums.isBelow(new Retention(7, 4, 1, 1), new RetentionMinimum(7, 4, 3, "fortnights", 1)), "unknown unit");
        assertTrue(RetentionMinimums.isBelow(new Retention(7, 4, 2, 1), new RetentionMinimum(7, 4, 3, null, 1)), "no unit reads as months");
    }
}
