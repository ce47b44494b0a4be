package org.mabsadvisor.facts;

/**
 * Bounds on a facts file, so that an enormous or hostile input is refused quickly, with a clear
 * message and flat memory, instead of exhausting the machine.
 *
 * @param maxFileBytes    largest facts file read at all
 * @param maxStringLength longest string value
 * @param maxNestingDepth deepest nesting of objects and arrays
 * @param maxListItems    most items in any one list (events, data sources, services...)
 */
public record InputLimits(long maxFileBytes, int maxStringLength, int maxNestingDepth, int maxListItems) {

    /** Generous for any real MABS server: its facts are a few hundred kilobytes. */
    public static final InputLimits DEFAULT = new InputLimits(64L * 1024 * 1024, 1024 * 1024, 32, 100_000);
}
