package org.mabsadvisor.bundle;

import java.time.OffsetDateTime;
import java.util.List;

/** manifest.json of a bundle: who collected it, when, with which parameters, and how each command went. */
public record Manifest(
        String format,
        String collector,
        String collectorVersion,
        String host,
        OffsetDateTime collectedAt,
        String powershellVersion,
        String uiCulture,
        Boolean elevated,
        Parameters parameters,
        List<SpecRun> specs) {

    /** The collector's parameters. */
    public record Parameters(Integer eventDays, List<String> protectedServers, String timeSource) {
        public Parameters {
            protectedServers = protectedServers == null ? List.of() : List.copyOf(protectedServers);
        }
    }

    public Manifest {
        parameters = parameters == null ? new Parameters(null, null, null) : parameters;
        specs = specs == null ? List.of() : List.copyOf(specs);
    }
}
