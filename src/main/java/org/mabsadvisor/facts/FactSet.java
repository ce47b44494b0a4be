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
        b.one(MabsServer.class, server);
        b.one(CollectionTime.class, doc.collectedAt() == null ? null : new CollectionTime(doc.collectedAt()));
        Platform platform = doc.platform();
        b.one(Platform.class, platform);
        if (platform != null) {
            b.one(SqlServerInstance.class, platform.sqlServer());
            b.list(ReportingServicesInstance.class, platform.reportingServices(), Function.identity());
            b.one(MabsHotfixes.class, platform.hotfixes());
        }
        b.one(MarsAgent.class, doc.marsAgent());
        b.list(Service.class, doc.services(), s -> s.onHost(host));
        b.list(Volume.class, doc.volumes(), v -> v.onHost(host));
        b.list(RegistryValue.class, doc.registry(), r -> r.onHost(host));
        b.one(VaultRegistration.class, doc.vault());
        b.list(ExternalDpmServer.class, doc.externalDpmServers(), Function.identity());
        b.one(ClockSkew.class, doc.clock());
        b.one(TempFolder.class, doc.windowsTemp());
        b.list(Certificate.class, doc.certificates(), Function.identity());
        b.list(GroupPolicy.class, doc.groupPolicies(), Function.identity());
        b.list(AntivirusProduct.class, doc.antivirus(), a -> a.onHost(host));
        b.list(RunningProcess.class, doc.processes(), p -> p.onHost(host));
        b.list(MountedVirtualDisk.class, doc.mountedVirtualDisks(), d -> d.onHost(host));
        if (doc.protectionGroups() != null) {
            b.collected(ProtectionGroup.class);
            b.collected(DataSource.class);
            for (int i = 0; i < doc.protectionGroups().size(); i++) {
                ProtectionGroup pg = doc.protectionGroups().get(i);
                String at = FactSections.pointer(ProtectionGroup.class) + "/" + i;
                b.add(at, pg);
                b.nested(at, DataSource.class, pg.dataSources(), ds -> ds.inGroup(pg.name()));
            }
        }
        if (doc.protectedServers() != null) {
            b.collected(ProtectedServer.class);
            for (int i = 0; i < doc.protectedServers().size(); i++) {
                ProtectedServer ps = doc.protectedServers().get(i);
                String at = FactSections.pointer(ProtectedServer.class) + "/" + i;
                b.add(at, ps);
                b.nested(at, Service.class, ps.services(), s -> s.onHost(ps.name()));
                b.nested(at, Volume.class, ps.volumes(), v -> v.onHost(ps.name()));
                b.nested(at, AntivirusProduct.class, ps.antivirus(), a -> a.onHost(ps.name()));
            }
        }
        StoragePool pool = doc.storagePool();
        b.one(StoragePool.class, pool);
        if (pool != null) {
            b.list(PoolDisk.class, pool.disks(), Function.identity());
        }
        Network network = doc.network();
        if (network != null) {
            b.one(ProxySettings.class, network.proxy());
            b.list(ConnectivityProbe.class, network.probes(), Function.identity());
        }
        b.one(CloudConnection.class, doc.cloudConnection());
        AzureSide azure = doc.azure();
        if (azure != null) {
            b.one(AzureSubscription.class, azure.subscription());
            b.one(RegisteredServer.class, azure.registeredServer());
            b.list(AzureJob.class, azure.jobs(), Function.identity());
        }
        b.one(SecuritySettings.class, doc.security());
        b.one(EmailNotification.class, doc.notifications());
        b.list(ShadowStorage.class, doc.shadowStorage(), s -> s.onHost(host));
        b.list(Event.class, doc.events(), e -> e.onHost(host));
        // Alerts and failed jobs carry the same errors as events: every event rule matches them unchanged.
        b.asEvents("/alerts", doc.alerts(), a -> a.asEvent(host));
        b.asEvents("/failedJobs", doc.failedJobs(), j -> j.asEvent(host));
        b.list(SqlAgentJob.class, doc.sqlAgentJobs(), Function.identity());
        b.one(TriggerJobFolder.class, doc.triggerJob());
        b.list(MarsAgentTask.class, doc.marsAgentTasks(), Function.identity());
        b.one(OnlineBackupModule.class, doc.onlineBackupModule());
        b.one(WindowsBackupSchedule.class, doc.windowsServerBackup());
        b.list(IscsiDevice.class, doc.iscsiDevices(), Function.identity());
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

        /** A section of one fact, at the place FactSections gives its type. */
        <T> void one(Class<T> type, T fact) {
            if (fact != null) {
                types.add(type);
                add(FactSections.pointer(type), fact);
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

        /** A section that is a list, at the place FactSections gives its type. */
        <T> void list(Class<T> type, List<T> items, Function<T, T> complete) {
            list(FactSections.pointer(type), type, items, complete);
        }

        /** A list inside the fact at {@code parent}, under the last name of its type's section (dataSources of protectionGroups/dataSources). */
        <T> void nested(String parent, Class<T> type, List<T> items, Function<T, T> complete) {
            String section = FactSections.of(type);
            list(parent + "/" + section.substring(section.lastIndexOf('/') + 1), type, items, complete);
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
