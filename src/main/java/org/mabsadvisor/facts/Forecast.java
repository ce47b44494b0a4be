package org.mabsadvisor.facts;

import java.util.List;

/**
 * A measure of the host that, at the rate of its recent history, will reach its policy threshold:
 * its name (such as "scratchFreePercent"), its value now, the threshold, the change per day, the
 * days left and the day it gets there. Counts are whole numbers, other measures have one decimal. Derived by the server from the host's earlier analyses; a
 * single facts file has no history, so it never has forecasts. {@code measured}: the fact now.
 */
public record Forecast(String measure, Number value, Number threshold, Number perDay, int daysLeft, String reachedOn, Object measured)
        implements Derived {

    @Override
    public List<Object> basis() {
        return measured == null ? List.of() : List.of(measured);
    }
}
