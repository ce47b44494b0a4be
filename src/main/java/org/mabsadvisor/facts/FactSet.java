package org.mabsadvisor.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts of one server, flattened for the rule engine: every record that rules match on is an
 * entry of its own, with the JSON Pointer of where it stands in the facts file. It also knows which
 * fact types were collected at all, so that a rule reading an uncollected type is "not checked"
 * rather than silently passed.
 */
public final class FactSet {

    /** One fact and where it came from in the input. */
    public record Entry(String pointer, Object fact) {
    }

    private final String host;
    private final List<Entry> entries;
    private final Map<Object, String> pointers;
    private final Set<Class<?>> collected;

    private FactSet(String host, List<Entry> entries, Set<Class<?>> collected) {
        this.host = host;
        this.entries = List.copyOf(entries);
        this.collected = Collections.unmodifiableSet(collected);
        Map<Object, String> byIdentity = new IdentityHashMap<>();
        for (Entry e : entries) {
            byIdentity.put(e.fact(), e.pointer());
        }
        this.pointers = Collections.unmodifiableMap(byIdentity);
    }

    /** The name of the MABS server these facts describe. */
    public String host() {
        return host;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The JSON Pointer of a fact of this set (by identity), or null for facts the rules derived. */
    public String pointerOf(Object fact) {
        return pointers.get(fact);
    }

    /** True when the input held the section that gives facts of this type (even an empty one). */
    public boolean isCollected(Class<?> factType) {
        return collected.contains(factType);
    }

    public Set<Class<?>> collectedTypes() {
        return collected;
    }

    /** Flattens a facts document; nested facts get the host or group of their parent. */
    public static FactSet of(FactsDocument doc) {
        Builder b = new Builder();
        MabsServer server = doc.server();
        String host = server != null ? server.name() : null;
        b.one("/server", server);
        Platform platform = doc.platform();
        b.one("/platform", platform);
        if (platform != null) {
            b.one("/platform/sqlServer", platform.sqlServer());
            b.list("/platform/reportingServices", ReportingServicesInstance.class, platform.reportingServices(), Function.identity());
            b.one("/platform/hotfixes", platform.hotfixes());
        }
        b.one("/marsAgent", doc.marsAgent());
        b.list("/services", Service.class, doc.services(), s -> s.onHost(host));
        b.list("/volumes", Volume.class, doc.volumes(), v -> v.onHost(host));
        b.list("/registry", RegistryValue.class, doc.registry(), r -> r.onHost(host));
        b.one("/vault", doc.vault());
        b.list("/externalDpmServers", ExternalDpmServer.class, doc.externalDpmServers(), Function.identity());
        b.one("/clock", doc.clock());
        b.one("/windowsTemp", doc.windowsTemp());
        b.list("/certificates", Certificate.class, doc.certificates(), Function.identity());
        b.list("/groupPolicies", GroupPolicy.class, doc.groupPolicies(), Function.identity());
        b.list("/antivirus", AntivirusProduct.class, doc.antivirus(), a -> a.onHost(host));
        b.list("/processes", RunningProcess.class, doc.processes(), p -> p.onHost(host));
        b.list("/mountedVirtualDisks", MountedVirtualDisk.class, doc.mountedVirtualDisks(), d -> d.onHost(host));
        if (doc.protectionGroups() != null) {
            b.collected(ProtectionGroup.class);
            b.collected(DataSource.class);
            for (int i = 0; i < doc.protectionGroups().size(); i++) {
                ProtectionGroup pg = doc.protectionGroups().get(i);
                String at = "/protectionGroups/" + i;
                b.add(at, pg);
                b.list(at + "/dataSources", DataSource.class, pg.dataSources(), ds -> ds.inGroup(pg.name()));
            }
        }
        if (doc.protectedServers() != null) {
            b.collected(ProtectedServer.class);
            for (int i = 0; i < doc.protectedServers().size(); i++) {
                ProtectedServer ps = doc.protectedServers().get(i);
                String at = "/protectedServers/" + i;
                b.add(at, ps);
                b.list(at + "/services", Service.class, ps.services(), s -> s.onHost(ps.name()));
                b.list(at + "/volumes", Volume.class, ps.volumes(), v -> v.onHost(ps.name()));
                b.list(at + "/antivirus", AntivirusProduct.class, ps.antivirus(), a -> a.onHost(ps.name()));
            }
        }
        StoragePool pool = doc.storagePool();
        b.one("/storagePool", pool);
        if (pool != null) {
            b.list("/storagePool/disks", PoolDisk.class, pool.disks(), Function.identity());
        }
        Network network = doc.network();
        if (network != null) {
            b.one("/network/proxy", network.proxy());
            b.list("/network/probes", ConnectivityProbe.class, network.probes(), Function.identity());
        }
        b.one("/cloudConnection", doc.cloudConnection());
        AzureSide azure = doc.azure();
        if (azure != null) {
            b.one("/azure/subscription", azure.subscription());
            b.one("/azure/registeredServer", azure.registeredServer());
            b.list("/azure/jobs", AzureJob.class, azure.jobs(), Function.identity());
        }
        b.one("/security", doc.security());
        b.one("/notifications", doc.notifications());
        b.list("/shadowStorage", ShadowStorage.class, doc.shadowStorage(), s -> s.onHost(host));
        b.list("/events", Event.class, doc.events(), e -> e.onHost(host));
        // Alerts and failed jobs carry the same errors as events: every event rule matches them unchanged.
        b.asEvents("/alerts", doc.alerts(), a -> a.asEvent(host));
        b.asEvents("/failedJobs", doc.failedJobs(), j -> j.asEvent(host));
        b.list("/sqlAgentJobs", SqlAgentJob.class, doc.sqlAgentJobs(), Function.identity());
        b.one("/triggerJob", doc.triggerJob());
        b.list("/marsAgentTasks", MarsAgentTask.class, doc.marsAgentTasks(), Function.identity());
        b.one("/onlineBackupModule", doc.onlineBackupModule());
        b.one("/windowsServerBackup", doc.windowsServerBackup());
        b.list("/iscsiDevices", IscsiDevice.class, doc.iscsiDevices(), Function.identity());
        // A facts file has no history, hence no forecast: the rules on forecasts are checked and silent.
        b.collected(Forecast.class);
        return new FactSet(host, b.entries, b.types);
    }

    /** These facts with the forecasts the server made from the host's history. */
    public FactSet withForecasts(List<Forecast> forecasts) {
        if (forecasts.isEmpty()) {
            return this;
        }
        List<Entry> all = new ArrayList<>(entries);
        forecasts.forEach(f -> all.add(new Entry(null, f)));
        return new FactSet(host, all, new LinkedHashSet<>(collectedTypes()));
    }

    /** Builds a fact set from facts made elsewhere (rule tests, derived inputs); all their types count as collected. */
    public static FactSet ofFacts(String host, List<Entry> entries, Set<Class<?>> collected) {
        return new FactSet(host, entries, new LinkedHashSet<>(collected));
    }

    private static final class Builder {
        final List<Entry> entries = new ArrayList<>();
        final Set<Class<?>> types = new LinkedHashSet<>();

        void collected(Class<?> type) {
            types.add(type);
        }

        void add(String pointer, Object fact) {
            entries.add(new Entry(pointer, fact));
        }

        void one(String pointer, Object fact) {
            if (fact != null) {
                types.add(fact.getClass());
                add(pointer, fact);
            }
        }

        /** Inserts each item as the {@link Event} it stands for; the section makes Event count as collected. */
        <T> void asEvents(String pointer, List<T> items, Function<T, Event> toEvent) {
            if (items == null) {
                return;
            }
            types.add(Event.class);
            for (int i = 0; i < items.size(); i++) {
                add(pointer + "/" + i, toEvent.apply(items.get(i)));
            }
        }

        <T> void list(String pointer, Class<T> type, List<T> items, Function<T, T> complete) {
            if (items == null) {
                return;
            }
            types.add(type);
            for (int i = 0; i < items.size(); i++) {
                add(pointer + "/" + i, complete.apply(items.get(i)));
            }
        }
    }
}
