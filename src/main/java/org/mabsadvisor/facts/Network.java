package org.mabsadvisor.facts;

import java.util.List;

/** Network facts: proxy and connectivity probes (each becomes a fact of its own). */
public record Network(ProxySettings proxy, List<ConnectivityProbe> probes) {

    public Network {
        probes = probes == null ? null : List.copyOf(probes);
    }
}
