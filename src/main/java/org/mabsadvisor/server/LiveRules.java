package org.mabsadvisor.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.mabsadvisor.findings.Advisor;
import org.mabsadvisor.findings.RuleSet;
import org.mabsadvisor.findings.RulesVersion;
import org.mabsadvisor.report.Waiver;

/**
 * The rules the server answers with, kept warm between requests and loaded again as soon as a
 * file they were loaded from changes (a site rule folder, the policy, the site configuration, the
 * waivers): every request first compares the files' sizes and times with those of the last load,
 * so that no answer comes from rules older than the files. When the changed files are broken, the
 * server answers 503 with their problems until they are fixed, rather than with the old rules.
 */
public final class LiveRules {

    /** Loads the rules and waivers; the problems go to {@code problems}, and null is returned when there are any. */
    public interface Loader {
        Loaded load(PrintWriter problems);
    }

    /** A load: the rule set, its advisor (compiled once, shared by all requests), its version and the waivers. */
    public record Loaded(RuleSet rules, Advisor advisor, String version, List<Waiver> waivers) {
        public Loaded {
            waivers = List.copyOf(waivers);
        }

        /** A load of these rules with an advisor of their own. */
        public static Loaded of(RuleSet rules, Advisor advisor, List<Waiver> waivers) {
            return new Loaded(rules, advisor, RulesVersion.of(rules), waivers);
        }
    }

    private final Loader loader;
    private final List<Path> watched;
    private String fingerprint;
    private Loaded current;
    private String problems;
    private long reloads;

    /** {@code watched}: the files and folders whose change means a new load (missing ones count as such). */
    public LiveRules(Loader loader, List<Path> watched) {
        this.loader = loader;
        this.watched = watched.stream().filter(Objects::nonNull).toList();
    }

    /** The rules in force, loaded again first if a watched file changed. */
    public synchronized Loaded current() throws RulesUnavailableException {
        String now = fingerprint();
        if (!now.equals(fingerprint)) {
            StringWriter said = new StringWriter();
            Loaded loaded;
            try (PrintWriter out = new PrintWriter(said)) {
                loaded = loader.load(out);
            }
            fingerprint = now;
            reloads++;
            current = loaded;
            problems = loaded == null ? said.toString().strip() : null;
        }
        if (current == null) {
            throw new RulesUnavailableException(problems);
        }
        return current;
    }

    /** How many times the rules were loaded since the server started, for the metrics. */
    public synchronized long loads() {
        return reloads;
    }

    /** The names, sizes and modification times of every watched file, in a stable order. */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (Path root : watched) {
            if (!Files.exists(root)) {
                all.append(root).append(" missing\n");
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    all.append(f).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
                }
            } catch (IOException e) {
                // A folder being rewritten: this differs from any complete listing, so it loads again.
                all.append(root).append(" unreadable ").append(e.getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
