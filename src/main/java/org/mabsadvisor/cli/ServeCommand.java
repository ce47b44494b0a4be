package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.input.InputFiles;
import org.mabsadvisor.report.Waiver;
import org.mabsadvisor.server.HttpApi;
import org.mabsadvisor.server.LiveRules;
import org.mabsadvisor.server.ServerSettings;
import org.mabsadvisor.store.AnalysisStore;
import org.mabsadvisor.store.StoreException;
import org.mabsadvisor.waivers.InvalidWaiversException;
import org.mabsadvisor.waivers.WaiverFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the advisor as an HTTP service that the collectors report to, with its web page and history. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the advisor as an HTTP service: the collectors upload their bundles (or facts) to it, every analysis is kept "
            + "and compared with the host's previous one, and a web page shows the fleet, each host's history and an explain box.",
            "The rules stay loaded between requests and are loaded again when their files change. Without --token-file the "
            + "service listens on loopback only. The API is described at /api/openapi.json."},
        footer = {"%nExamples:",
            "  mabs-advisor serve",
            "  mabs-advisor serve --bind 0.0.0.0 --token-file /etc/mabs-advisor/token --tls-keystore server.p12 --tls-password-file p12.pass",
            "  mabs-advisor serve --database jdbc:postgresql://db.contoso.local/mabs --database-user mabs --database-password-file db.pass"})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: 127.0.0.1; another needs --token-file).")
    String bind = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: 8460; 0 for any free port).")
    int port = 8460;

    @Option(names = "--data", paramLabel = "DIR", description = "The folder of the embedded database and of uploads being read (default: ./mabs-advisor-data).")
    Path data = Path.of("mabs-advisor-data");

    @Option(names = "--database", paramLabel = "JDBC-URL", description = "A PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://host/db.")
    String database;

    @Option(names = "--database-user", paramLabel = "NAME", description = "The user of --database.")
    String databaseUser;

    @Option(names = "--database-password-file", paramLabel = "FILE", description = "A file whose first line is the password of --database.")
    Path databasePasswordFile;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file whose first line is the bearer token every request but /health must carry (at least 16 characters).")
    Path tokenFile;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "A PKCS#12 keystore with the server's certificate and key: HTTPS only.")
    Path keystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "A file whose first line is the password of --tls-keystore.")
    Path keystorePasswordFile;

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "The largest upload accepted, in MiB (default: 64).")
    int maxUploadMb = 64;

    @Option(names = "--retention-days", paramLabel = "DAYS",
            description = "Forget analyses older than this, except each host's latest (default: 400).")
    int retentionDays = 400;

    @Option(names = "--silent-after-hours", paramLabel = "HOURS",
            description = "Mark a host as having stopped reporting when its last report is older than this (default: 36).")
    int silentAfterHours = 36;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The language of reports and answers when a request names none (no lang parameter, no Accept-Language), such as the collector's uploads: en or fr (default: the system's language when it is French, else English).")
    String language;

    @Option(names = "--waivers", paramLabel = "FILE", description = "A waiver file applied to every analysis, as with analyze --waivers.")
    Path waiversFile;

    @CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = checkOptions();
        if (problem != null) {
            err.println("mabs-advisor: " + problem);
            return ExitCodes.INVALID;
        }
        ServerSettings settings;
        String jdbc;
        String password;
        try {
            settings = ServerSettings.builder()
                    .bind(bind)
                    .port(port)
                    .token(tokenFile == null ? null : firstLine(tokenFile))
                    .keystore(keystore, keystorePasswordFile == null ? null : firstLine(keystorePasswordFile))
                    .maxUploadBytes(maxUploadMb * 1024L * 1024L)
                    .scratch(data.resolve("uploads"))
                    .silentAfter(Duration.ofHours(silentAfterHours))
                    .toolVersion(VersionProvider.version())
                    .language(Language.choose(language))
                    .build();
            if (settings.token() != null && settings.token().length() < 16) {
                err.println("mabs-advisor: the token in " + tokenFile + " is shorter than 16 characters");
                return ExitCodes.INVALID;
            }
            password = databasePasswordFile == null ? null : firstLine(databasePasswordFile);
            if (database == null) {
                Files.createDirectories(data);
            }
            jdbc = database != null ? database : AnalysisStore.embeddedUrl(data);
        } catch (IOException e) {
            err.println("mabs-advisor: " + InputFiles.reason(e));
            return ExitCodes.INVALID;
        }
        LiveRules rules = new LiveRules(this::load, watched());
        try {
            rules.current();
        } catch (org.mabsadvisor.server.RulesUnavailableException e) {
            err.println("mabs-advisor: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        try (AnalysisStore store = AnalysisStore.open(jdbc, databaseUser, password)) {
            ScheduledExecutorService retention = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retention");
                t.setDaemon(true);
                return t;
            });
            retention.scheduleAtFixedRate(() -> purge(store, err), 0, 6, TimeUnit.HOURS);
            CountDownLatch stopped = new CountDownLatch(1);
            try (HttpApi api = new HttpApi(settings, rules, store, Clock.systemUTC())) {
                int listening = api.start();
                out.println("mabs-advisor: serving on " + (keystore == null ? "http" : "https") + "://" + hostForUrl(bind) + ":" + listening + "/"
                        + (database == null ? " (store: " + data.toAbsolutePath() + ")" : " (store: PostgreSQL)"));
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "stop"));
                stopped.await();
            } finally {
                retention.shutdownNow();
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("mabs-advisor: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (IllegalArgumentException e) {
            err.println("mabs-advisor: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            // Jetty's refusal to bind (port in use, address not here) comes as an unchecked exception.
            err.println("mabs-advisor: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
            return ExitCodes.INVALID;
        }
    }

    private String checkOptions() {
        if (tokenFile == null && !ServerSettings.isLoopback(bind)) {
            return "--bind " + bind + " needs --token-file: without a token the service listens on loopback only";
        }
        if (Language.choose(language) == null) {
            return "--lang is en or fr, not '" + language + "'";
        }
        if (port < 0 || port > 65535) {
            return "--port must be from 0 to 65535, not " + port;
        }
        if (maxUploadMb < 1 || maxUploadMb > 1024) {
            return "--max-upload-mb must be from 1 to 1024, not " + maxUploadMb;
        }
        if (retentionDays < 1) {
            return "--retention-days must be at least 1, not " + retentionDays;
        }
        if (silentAfterHours < 1) {
            return "--silent-after-hours must be at least 1, not " + silentAfterHours;
        }
        if (keystore != null && keystorePasswordFile == null) {
            return "--tls-keystore needs --tls-password-file";
        }
        if ((databaseUser != null || databasePasswordFile != null) && database == null) {
            return "--database-user and --database-password-file go with --database";
        }
        return null;
    }

    /** The rules and waivers, as analyze loads them; problems are printed to {@code problems}. */
    private LiveRules.Loaded load(PrintWriter problems) {
        RuleSet rules = ruleOptions.load(problems, List.of(), false);
        if (rules == null) {
            return null;
        }
        List<Waiver> waivers = List.of();
        if (waiversFile != null) {
            try {
                waivers = new WaiverFile().load(waiversFile,
                        rules.rules().rules().stream().filter(r -> !r.isCause()).map(RuleInfo::findingId).collect(Collectors.toSet()));
            } catch (InvalidWaiversException e) {
                problems.println("the waivers are not valid:");
                e.problems().forEach(p -> problems.println("  " + p));
                return null;
            }
        }
        return LiveRules.Loaded.of(rules, new Advisor(rules, RunLimits.DEFAULT,
                VersionProvider.version()), waivers);
    }

    /** The files whose change means loading the rules again. */
    private List<Path> watched() {
        List<Path> files = new ArrayList<>(ruleOptions.filesRead());
        files.add(waiversFile);
        return files;
    }

    private void purge(AnalysisStore store, PrintWriter err) {
        try {
            int forgotten = store.purge(LocalDate.now().minusDays(retentionDays).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            if (forgotten > 0) {
                err.println("mabs-advisor: forgot " + forgotten + " analyses older than " + retentionDays + " days");
                err.flush();
            }
        } catch (StoreException e) {
            err.println("mabs-advisor: " + e.getMessage());
            err.flush();
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (var in = InputFiles.open(file, 64 * 1024)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("").strip();
        }
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
