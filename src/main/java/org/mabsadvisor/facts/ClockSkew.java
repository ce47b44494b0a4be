package org.mabsadvisor.facts;

/** Offset of the server clock from a reference time source, in seconds (positive: server ahead). */
public record ClockSkew(Double offsetSeconds, String reference) {

    /** True only when the offset is known and its size exceeds {@code limitSeconds}. */
    public boolean exceeds(double limitSeconds) {
        return offsetSeconds != null && Math.abs(offsetSeconds) > limitSeconds;
    }
}
