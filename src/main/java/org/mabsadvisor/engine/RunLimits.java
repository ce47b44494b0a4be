package org.mabsadvisor.engine;

import java.time.Duration;

/**
 * Bounds on one evaluation: how many firings make a loop, and how long the rules may run before a
 * watchdog stops them (a consequence stuck in a Java loop, a join over too many facts).
 */
public record RunLimits(int maxFirings, Duration timeout) {

    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final RunLimits DEFAULT = new RunLimits(DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT);
}
