package org.mabsadvisor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Every analysis the server received, with its facts and report: an H2 file in the data folder by
 * default, or a PostgreSQL database for a team. The schema is migrated when the store opens. Each
 * analysis is one row written in one statement, so that concurrent uploads of one host lose nothing
 * and a process killed during an upload leaves the history as it was. Safe to share between threads.
 */
public final class AnalysisStore implements AutoCloseable {
    private static final String COLUMNS = "id, host, received_at, collected_at, worst_severity, findings, new_findings, resolved_findings, rule_ids";

    /**
     * A host's analyses, the newest first. The host column is named although the query fixes it, so
     * that H2 reads the index (host_key, id) backwards and stops at the first rows instead of
     * sorting all of a host's analyses.
     */
    private static final String NEWEST_FIRST = "ORDER BY host_key DESC, id DESC";

    private final HikariDataSource pool;

    private AnalysisStore(HikariDataSource pool) {
        this.pool = pool;
    }

    /** The JDBC URL of the embedded store in {@code dataFolder} (created if need be). */
    public static String embeddedUrl(Path dataFolder) {
        // The file lock protects the data from a second server started on the same folder.
        // No trace file: H2 would print its own failures to standard error besides ours. Each commit is
        // written at once (not within H2's default half second): an analysis answered is on disk, even if
        // the process is killed the next moment.
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("mabs-advisor") + ";FILE_LOCK=FILE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0";
    }

    /** Opens the store at this JDBC URL and brings its schema up to date; a password may be null. */
    public static AnalysisStore open(String jdbcUrl, String user, String password) throws StoreException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("mabs-advisor-store");
        // A database that is down is reported at once, not after the pool's default 30 s of retries.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + redacted(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure(AnalysisStore.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:org/mabsadvisor/store/migration")
                    .table("mabs_advisor_schema_history")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot bring the store at " + redacted(jdbcUrl) + " up to date: " + rootMessage(e), e);
        }
        return new AnalysisStore(pool);
    }

    /**
     * Keeps an analysis and returns it with its id: the analysis and its measurement in one transaction,
     * the measurement replacing the one of an earlier upload of the same collection.
     */
    public AnalysisSummary add(NewAnalysis analysis) throws StoreException {
        String sql = "INSERT INTO analysis (host, host_key, received_at, collected_at, worst_severity, findings, new_findings, "
                + "resolved_findings, rule_ids, facts, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        AnalysisSummary a = analysis.summary();
        String measures = analysis.measures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        Timestamp measuredAt = Timestamp.from(a.collectedAt() != null ? a.collectedAt() : a.receivedAt());
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
                    s.setString(1, a.host());
                    s.setString(2, key(a.host()));
                    s.setTimestamp(3, Timestamp.from(a.receivedAt()));
                    s.setTimestamp(4, a.collectedAt() == null ? null : Timestamp.from(a.collectedAt()));
                    s.setString(5, a.worstSeverity());
                    s.setInt(6, a.findings());
                    s.setInt(7, a.newFindings());
                    s.setInt(8, a.resolvedFindings());
                    s.setString(9, String.join(",", a.ruleIds()));
                    s.setString(10, analysis.facts());
                    s.setString(11, analysis.report());
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM measurement WHERE host_key = ? AND measured_at = ?")) {
                    s.setString(1, key(a.host()));
                    s.setTimestamp(2, measuredAt);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO measurement (host_key, measured_at, analysis_id, measures) VALUES (?, ?, ?, ?)")) {
                    s.setString(1, key(a.host()));
                    s.setTimestamp(2, measuredAt);
                    s.setLong(3, id);
                    s.setString(4, measures);
                    s.executeUpdate();
                }
                c.commit();
                return a.withId(id);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("keep the analysis of " + analysis.summary().host(), e);
        }
    }

    /** One analysis with its documents, if it is kept. */
    public Optional<StoredAnalysis> find(long id) throws StoreException {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", facts, report FROM analysis WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredAnalysis(summary(r), r.getString("facts"), r.getString("report"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read analysis " + id, e);
        }
    }

    /** The latest analysis of a host (names compared without regard to case, as Windows does) with its report only (its facts left unread, as null): what the next analysis is compared with. */
    public Optional<StoredAnalysis> latestReport(String host) throws StoreException {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", report FROM analysis WHERE host_key = ? "
                        + NEWEST_FIRST + " FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, key(host));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredAnalysis(summary(r), null, r.getString("report"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the latest analysis of " + host, e);
        }
    }

    /** A host's analyses, the newest first, at most {@code limit}. */
    public List<AnalysisSummary> history(String host, int limit) throws StoreException {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM analysis WHERE host_key = ? " + NEWEST_FIRST
                        + " FETCH FIRST ? ROWS ONLY")) {
            s.setString(1, key(host));
            s.setInt(2, limit);
            return summaries(s);
        } catch (SQLException e) {
            throw failure("read the history of " + host, e);
        }
    }

    /**
     * The measures of a host's analyses collected since {@code since}, the oldest first: what trends are
     * computed from. A collection sent more than once (a retried upload) is one measurement: only its
     * latest analysis counts.
     */
    public List<Measured> measures(String host, Instant since) throws StoreException {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT measured_at, measures FROM measurement WHERE host_key = ? AND measured_at >= ? "
                        + "ORDER BY host_key, measured_at")) {
            s.setString(1, key(host));
            s.setTimestamp(2, Timestamp.from(since));
            List<Measured> all = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new Measured(r.getTimestamp("measured_at").toInstant(), parseMeasures(r.getString("measures"))));
                }
            }
            return all;
        } catch (SQLException e) {
            throw failure("read the measures of " + host, e);
        }
    }

    /** The measures of one analysis, at the time its facts were collected. */
    public record Measured(Instant at, Map<String, Double> values) {
    }

    private static Map<String, Double> parseMeasures(String text) {
        Map<String, Double> values = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            try {
                values.put(pair.substring(0, eq), Double.valueOf(pair.substring(eq + 1)));
            } catch (RuntimeException e) {
                // A value this version cannot read is left out of the trend rather than failing it.
            }
        }
        return values;
    }

    /** The latest analysis of every host, by host name. */
    public List<AnalysisSummary> hosts() throws StoreException {
        String sql = "SELECT " + COLUMNS + " FROM analysis WHERE id IN (SELECT MAX(id) FROM analysis GROUP BY host_key) ORDER BY host_key";
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            return summaries(s);
        } catch (SQLException e) {
            throw failure("list the hosts", e);
        }
    }

    /** Forgets the analyses received before {@code before}, except the latest of each host; returns how many. */
    public int purge(Instant before) throws StoreException {
        String sql = "DELETE FROM analysis WHERE received_at < ? AND id NOT IN (SELECT MAX(id) FROM analysis GROUP BY host_key)";
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(before));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("forget old analyses", e);
        }
    }

    /** How many analyses are kept, for the metrics. */
    public long count() throws StoreException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM analysis")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw failure("count the analyses", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static List<AnalysisSummary> summaries(PreparedStatement s) throws SQLException {
        List<AnalysisSummary> all = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                all.add(summary(r));
            }
        }
        return all;
    }

    private static AnalysisSummary summary(ResultSet r) throws SQLException {
        Timestamp collected = r.getTimestamp("collected_at");
        String ids = r.getString("rule_ids");
        return AnalysisSummary.builder()
                .id(r.getLong("id"))
                .host(r.getString("host"))
                .receivedAt(r.getTimestamp("received_at").toInstant())
                .collectedAt(collected == null ? null : collected.toInstant())
                .worstSeverity(r.getString("worst_severity"))
                .findings(r.getInt("findings"))
                .newFindings(r.getInt("new_findings"))
                .resolvedFindings(r.getInt("resolved_findings"))
                .ruleIds(ids.isEmpty() ? List.of() : List.of(ids.split(",")))
                .build();
    }

    /** Windows compares computer names without regard to case; so does the store. */
    static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("the store could not " + what + ": " + e.getMessage(), e);
    }

    /** The URL without what may follow a password parameter, for messages. */
    private static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
