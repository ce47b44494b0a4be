package org.mabsadvisor.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the schema cannot express: values that contradict each other (more free space than
 * size) are errors; dates in the future are warnings, since a server whose clock is wrong is
 * exactly what some rules look for.
 */
final class FactsConsistency {
    /** How far ahead of now a date may be before it is called "in the future": clocks drift. */
    private static final Duration TOLERANCE = Duration.ofDays(1);

    private FactsConsistency() {
    }

    /** Contradictions, as problems located by JSON Pointer only (the caller adds line and column). */
    static List<InputProblem> errors(String name, FactsDocument doc) {
        List<InputProblem> problems = new ArrayList<>();
        volumes(name, "/volumes", doc.volumes(), problems);
        if (doc.protectedServers() != null) {
            for (int i = 0; i < doc.protectedServers().size(); i++) {
                volumes(name, "/protectedServers/" + i + "/volumes", doc.protectedServers().get(i).volumes(), problems);
            }
        }
        StoragePool pool = doc.storagePool();
        if (pool != null) {
            exceeds(name, "/storagePool/freeBytes", pool.freeBytes(), pool.totalBytes(), "totalBytes", problems);
            if (pool.disks() != null) {
                for (int i = 0; i < pool.disks().size(); i++) {
                    PoolDisk d = pool.disks().get(i);
                    exceeds(name, "/storagePool/disks/" + i + "/unallocatedBytes", d.unallocatedBytes(), d.sizeBytes(), "sizeBytes", problems);
                }
            }
        }
        return problems;
    }

    /** Dates later than {@code now} (plus a day of tolerance). */
    static List<InputProblem> warnings(String name, FactsDocument doc, Instant now) {
        List<InputProblem> warnings = new ArrayList<>();
        Instant limit = now.plus(TOLERANCE);
        future(name, "/collectedAt", doc.collectedAt(), limit, warnings);
        if (doc.events() != null) {
            for (int i = 0; i < doc.events().size(); i++) {
                future(name, "/events/" + i + "/time", doc.events().get(i).time(), limit, warnings);
            }
        }
        if (doc.alerts() != null) {
            for (int i = 0; i < doc.alerts().size(); i++) {
                future(name, "/alerts/" + i + "/time", doc.alerts().get(i).time(), limit, warnings);
            }
        }
        if (doc.failedJobs() != null) {
            for (int i = 0; i < doc.failedJobs().size(); i++) {
                future(name, "/failedJobs/" + i + "/time", doc.failedJobs().get(i).time(), limit, warnings);
            }
        }
        return warnings;
    }

    private static void volumes(String name, String at, List<Volume> volumes, List<InputProblem> problems) {
        if (volumes == null) {
            return;
        }
        for (int i = 0; i < volumes.size(); i++) {
            Volume v = volumes.get(i);
            exceeds(name, at + "/" + i + "/freeBytes", v.freeBytes(), v.sizeBytes(), "sizeBytes", problems);
        }
    }

    private static void exceeds(String name, String pointer, Long part, Long whole, String wholeName, List<InputProblem> problems) {
        if (part != null && whole != null && part > whole) {
            problems.add(new InputProblem(name, 0, 0, pointer, part + " is more than " + wholeName + " (" + whole + ")"));
        }
    }

    private static void future(String name, String pointer, OffsetDateTime time, Instant limit, List<InputProblem> warnings) {
        if (time != null && time.toInstant().isAfter(limit)) {
            warnings.add(new InputProblem(name, 0, 0, pointer, time + " is in the future: the server's clock may be wrong"));
        }
    }
}
