package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/**
 * The cache of compiled rules never serves a stale or damaged entry: an edited rule is seen at the
 * next run, a damaged entry is compiled again, two runs starting together both succeed.
 */
class CompiledRulesCacheTest {

    @TempDir
    Path work;

    private Path site;
    private Path cache;

    @BeforeEach
    void siteRule() throws IOException {
        site = work.resolve("site-rules");
        cache = work.resolve("cache");
        CliRun scaffold = CliRun.of("rules", "new", "SITE-MARS-01", "--dir", site.toString(), "--language", "en",
                "--severity", "high", "--reference", "https://intranet.example/backup/mars");
        assertEquals(0, scaffold.exitCode(), scaffold.err());
        writeRule("2.0.9300");
    }

    /** The site rule: MARS agent older than {@code minimum}. The healthy sample runs 2.0.9277.0. */
    private void writeRule(String minimum) throws IOException {
        Files.writeString(site.resolve("site-mars-01.drl"), """
                package site.rules;

                import org.mabsadvisor.facts.*;
                import org.mabsadvisor.rules.Versions;

                rule "SITE-MARS-01 MARS agent older than the site minimum"
                    @id("SITE-MARS-01") @severity("high") @trigger("state")
                    @reference("https://intranet.example/backup/mars")
                    @languages("en")
                when
                    $agent : MarsAgent( Versions.isOlder(version, "%s") )
                then
                end
                """.formatted(minimum), StandardCharsets.UTF_8);
    }

    private CliRun analyze(String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", Project.samples().resolve("healthy.json").toString(),
                "--format", "json", "--rules", site.toString(), "--cache-dir", cache.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static boolean fires(CliRun run) {
        return run.out().contains("\"ruleId\" : \"SITE-MARS-01\"");
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void anEditedRuleIsSeenAtTheNextRun() throws IOException {
        CliRun first = analyze();
        assertEquals(1, first.exitCode(), first.err());
        assertTrue(fires(first), first.out());
        assertEquals(1, entries().size());

        writeRule("2.0.9000");
        CliRun edited = analyze();
        assertEquals(0, edited.exitCode(), edited.err());
        assertFalse(fires(edited), "the edited rule must run, not the cached one");
        assertEquals(2, entries().size(), "the edited folder is a new entry");

        writeRule("2.0.9300");
        CliRun back = analyze();
        assertTrue(fires(back), back.out());
        assertEquals(2, entries().size(), "the first content is served from its own entry again");
    }

    @Test
    void aDamagedEntryIsCompiledAgainNeverUsed() throws IOException {
        CliRun clean = analyze();
        assertTrue(fires(clean));
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        List<byte[]> damages = new ArrayList<>();
        damages.add(java.util.Arrays.copyOf(good, good.length / 2));
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        damages.add(flipped);
        damages.add("not a zip at all".getBytes(StandardCharsets.UTF_8));
        damages.add(new byte[0]);
        for (byte[] damage : damages) {
            Files.write(entry, damage);
            CliRun run = analyze();
            assertEquals(clean.exitCode(), run.exitCode(), run.err());
            assertTrue(fires(run), "the rule still runs, compiled again");
            assertTrue(run.err().contains("damaged compiled rules cache entry"), run.err());
            CliRun after = analyze();
            assertFalse(after.err().contains("damaged"), "the entry was written again, whole: " + after.err());
            assertTrue(fires(after));
        }
    }

    @Test
    void anEntryFiledUnderAnotherKeyIsRefused() throws IOException {
        analyze();
        Path first = entries().get(0);
        writeRule("2.0.9000");
        analyze();
        Path second = entries().stream().filter(p -> !p.equals(first)).findFirst().orElseThrow();
        // The entry of the old content filed under the new content's key: its index names another key.
        Files.copy(first, second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun run = analyze();
        assertTrue(run.err().contains("damaged compiled rules cache entry"), run.err());
        assertFalse(fires(run), "the rule of the current file runs, not the one of the misfiled entry");
    }

    @Test
    void twoRunsStartingTogetherBothSucceed() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<CliRun> run = this::analyze;
            List<Future<CliRun>> runs = two.invokeAll(List.of(run, run));
            for (Future<CliRun> r : runs) {
                CliRun done = r.get();
                assertEquals(1, done.exitCode(), done.err());
                assertTrue(fires(done));
                assertFalse(done.err().contains("note:"), done.err());
            }
        } finally {
            two.shutdownNow();
        }
        List<Path> left = entries();
        assertEquals(1, left.size(), "one entry, no temporary file left: " + left);
        CliRun next = analyze();
        assertFalse(next.err().contains("damaged"), next.err());
    }

    @Test
    void noCacheReadsAndWritesNothing() throws IOException {
        CliRun run = analyze("--no-cache");
        assertTrue(fires(run));
        assertTrue(entries().isEmpty());
    }

    @Test
    void cacheInfoListsAndCacheClearEmpties() throws IOException {
        analyze();
        CliRun info = CliRun.of("cache", "info", "--cache-dir", cache.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("1 entry"), info.out());
        assertTrue(info.out().contains(entries().get(0).getFileName().toString()), info.out());

        CliRun clear = CliRun.of("cache", "clear", "--cache-dir", cache.toString());
        assertEquals(0, clear.exitCode(), clear.err());
        assertTrue(clear.out().startsWith("removed 1 entry"), clear.out());
        assertTrue(entries().isEmpty());
        assertTrue(fires(analyze()), "a cleared cache is compiled again");
    }
}
