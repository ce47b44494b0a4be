package org.mabsadvisor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store on both databases it supports: the embedded H2 file, and a real PostgreSQL server when
 * MABS_ADVISOR_TEST_POSTGRES_URL names one (with _USER and _PASSWORD). CI installs and starts
 * PostgreSQL and sets MABS_ADVISOR_REQUIRE_POSTGRES=1, so that there the PostgreSQL runs cannot be
 * skipped unseen.
 */
class AnalysisStoreTest {

    @TempDir
    static Path temp;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    /** The store of that kind, emptied. */
    private static AnalysisStore open(String kind) throws Exception {
        if (kind.equals("h2")) {
            return AnalysisStore.open(AnalysisStore.embeddedUrl(temp.resolve("h2-" + System.nanoTime())), null, null);
        }
        String url = System.getenv("MABS_ADVISOR_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("MABS_ADVISOR_REQUIRE_POSTGRES"))) {
                throw new AssertionError("MABS_ADVISOR_REQUIRE_POSTGRES=1 but MABS_ADVISOR_TEST_POSTGRES_URL names no PostgreSQL server");
            }
            Assumptions.abort("no PostgreSQL server named by MABS_ADVISOR_TEST_POSTGRES_URL");
        }
        String user = System.getenv("MABS_ADVISOR_TEST_POSTGRES_USER");
        String password = System.getenv("MABS_ADVISOR_TEST_POSTGRES_PASSWORD");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS measurement");
            s.execute("DROP TABLE IF EXISTS analysis");
            s.execute("DROP TABLE IF EXISTS mabs_advisor_schema_history");
        }
        return AnalysisStore.open(url, user, password);
    }

    private static NewAnalysis analysis(String host, Instant at, String worst, String... ids) {
        AnalysisSummary summary = AnalysisSummary.builder().host(host).receivedAt(at).collectedAt(at.minusSeconds(60)).worstSeverity(worst)
                .findings(ids.length).newFindings(ids.length).resolvedFindings(0).ruleIds(List.of(ids)).build();
        return new NewAnalysis(summary, "{\"server\": {\"name\": \"" + host + "\"}, \"note\": \"é ✓\"}", "{\"host\": \"" + host + "\"}",
                java.util.Map.of("windowsTempFiles", (double) at.getEpochSecond() % 1000, "scratchFreePercent", 12.5));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void analysesAreKeptAndReadBackByHostWithoutRegardToCase(String kind) throws Exception {
        try (AnalysisStore store = open(kind)) {
            Instant t = Instant.parse("2026-11-20T06:00:00Z");
            AnalysisSummary a = store.add(analysis("MABS01", t, "critical", "TLS-01", "TLS-02"));
            AnalysisSummary b = store.add(analysis("mabs01", t.plusSeconds(3600), null));
            AnalysisSummary c = store.add(analysis("MABS02", t.plusSeconds(60), "high", "VC-01"));
            assertTrue(a.id() < b.id() && b.id() < c.id());

            StoredAnalysis first = store.find(a.id()).orElseThrow();
            assertEquals(a, first.summary(), "every field comes back as it was kept");
            assertTrue(first.facts().contains("é ✓"), "text is kept as Unicode");
            assertEquals(List.of(b.id(), a.id()), store.history("Mabs01", 10).stream().map(AnalysisSummary::id).toList(), "the newest first");
            assertEquals(List.of(b.id()), store.history("MABS01", 1).stream().map(AnalysisSummary::id).toList());
            StoredAnalysis latest = store.latestReport("MABS01").orElseThrow();
            assertEquals(b.id(), latest.summary().id());
            assertEquals("{\"host\": \"mabs01\"}", latest.report());
            assertEquals(List.of(b.id(), c.id()), store.hosts().stream().map(AnalysisSummary::id).toList(), "each host's latest");
            assertEquals(List.of(), store.hosts().get(0).ruleIds());
            List<AnalysisStore.Measured> measured = store.measures("MABS01", t.minusSeconds(60));
            assertEquals(List.of(t.minusSeconds(60), t.plusSeconds(3540)), measured.stream().map(AnalysisStore.Measured::at).toList(),
                    "oldest first, at the time the facts were collected");
            assertEquals(java.util.Map.of("windowsTempFiles", (double) t.getEpochSecond() % 1000, "scratchFreePercent", 12.5), measured.get(0).values());
            assertTrue(store.find(9_999_999).isEmpty());
            assertEquals(3, store.count());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCollectionSentTwiceIsOneMeasurementItsLatest(String kind) throws Exception {
        try (AnalysisStore store = open(kind)) {
            Instant collected = Instant.parse("2026-11-20T06:00:00Z");
            for (int i = 0; i < 3; i++) {
                AnalysisSummary summary = AnalysisSummary.builder().host("MABS01").receivedAt(collected.plusSeconds(60 + i)).collectedAt(collected)
                        .findings(0).newFindings(0).resolvedFindings(0).ruleIds(List.of()).build();
                store.add(new NewAnalysis(summary, "{}", "{}", java.util.Map.of("windowsTempFiles", (double) i)));
            }
            store.add(analysis("MABS01", collected.plusSeconds(86_400), null));
            List<AnalysisStore.Measured> measured = store.measures("MABS01", collected.minusSeconds(1));
            assertEquals(List.of(collected, collected.plusSeconds(86_340)), measured.stream().map(AnalysisStore.Measured::at).toList(),
                    "one measurement per collection");
            assertEquals(java.util.Map.of("windowsTempFiles", 2.0), measured.get(0).values(), "the last upload of that collection");
            assertEquals(List.of(), store.measures("MABS01", collected.plusSeconds(86_341)), "none before the window");
            assertEquals(4, store.count(), "every upload is still kept");
        }
    }

    @Test
    void aStoreOfTheSecondSchemaGetsOneMeasurementPerCollectionOfItsHistory() throws Exception {
        String url = AnalysisStore.embeddedUrl(temp.resolve("v2-" + System.nanoTime()));
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:org/mabsadvisor/store/migration")
                .table("mabs_advisor_schema_history").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            String columns = "INSERT INTO analysis (host, host_key, received_at, collected_at, findings, new_findings, resolved_findings, rule_ids, facts, report, measures) ";
            s.execute(columns + "VALUES ('MABS01', 'mabs01', TIMESTAMP WITH TIME ZONE '2026-11-20 07:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 06:00:00+00', 0, 0, 0, '', '{}', '{}', 'windowsTempFiles=1.0')");
            s.execute(columns + "VALUES ('MABS01', 'mabs01', TIMESTAMP WITH TIME ZONE '2026-11-20 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 06:00:00+00', 0, 0, 0, '', '{}', '{}', 'windowsTempFiles=2.0')");
            s.execute(columns + "VALUES ('MABS01', 'mabs01', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', NULL, 0, 0, 0, '', '{}', '{}', NULL)");
        }
        try (AnalysisStore store = AnalysisStore.open(url, null, null)) {
            List<AnalysisStore.Measured> measured = store.measures("MABS01", Instant.parse("2026-11-01T00:00:00Z"));
            assertEquals(List.of(Instant.parse("2026-11-20T06:00:00Z"), Instant.parse("2026-11-21T09:00:00Z")),
                    measured.stream().map(AnalysisStore.Measured::at).toList(), "one per collection, at its collection or else its arrival");
            assertEquals(java.util.Map.of("windowsTempFiles", 2.0), measured.get(0).values(), "the later upload of the collection sent twice");
            assertEquals(java.util.Map.of(), measured.get(1).values());
            assertEquals(3, store.count());
        }
        try (Connection c = DriverManager.getConnection(url);
                java.sql.ResultSet columns = c.getMetaData().getColumns(null, null, "ANALYSIS", "MEASURES")) {
            assertFalse(columns.next(), "the measures are kept in one place, the measurement table");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void retentionForgetsOldAnalysesButKeepsEachHostsLatest(String kind) throws Exception {
        try (AnalysisStore store = open(kind)) {
            Instant old = Instant.parse("2025-01-01T00:00:00Z");
            store.add(analysis("MABS01", old, "low", "BASIC-01"));
            AnalysisSummary lastOfOld = store.add(analysis("MABS09", old, "low", "BASIC-01"));
            AnalysisSummary recent = store.add(analysis("MABS01", Instant.parse("2026-11-20T00:00:00Z"), null));
            assertEquals(1, store.purge(Instant.parse("2026-01-01T00:00:00Z")));
            assertEquals(List.of(recent.id(), lastOfOld.id()), store.hosts().stream().map(AnalysisSummary::id).toList(),
                    "a host that stopped reporting keeps its last analysis");
            assertEquals(2, store.count());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReopenedStoreHasItsHistoryAndMigratesOnlyOnce(String kind) throws Exception {
        if (kind.equals("h2")) {
            Path folder = temp.resolve("reopened");
            try (AnalysisStore store = AnalysisStore.open(AnalysisStore.embeddedUrl(folder), null, null)) {
                store.add(analysis("MABS01", Instant.now(), null));
            }
            try (AnalysisStore store = AnalysisStore.open(AnalysisStore.embeddedUrl(folder), null, null)) {
                assertEquals(1, store.count());
            }
            return;
        }
        try (AnalysisStore store = open(kind)) {
            store.add(analysis("MABS01", Instant.now(), null));
        }
        String url = System.getenv("MABS_ADVISOR_TEST_POSTGRES_URL");
        try (AnalysisStore store = AnalysisStore.open(url, System.getenv("MABS_ADVISOR_TEST_POSTGRES_USER"), System.getenv("MABS_ADVISOR_TEST_POSTGRES_PASSWORD"))) {
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoreThatCannotBeReachedIsAClearMessage(String kind) {
        String url = kind.equals("h2") ? AnalysisStore.embeddedUrl(Path.of("/proc/no-such-folder")) : "jdbc:postgresql://127.0.0.1:1/none?password=secret";
        StoreException e = assertThrows(StoreException.class, () -> AnalysisStore.open(url, "nobody", "secret"));
        assertTrue(e.getMessage().startsWith("cannot open the store at "), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), "no password in messages: " + e.getMessage());
    }
}
