package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mabsadvisor.engine.CompiledRuleCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows or clears the cache of compiled rule folders. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {"Show or clear the cache of compiled rules.",
            "A rule folder other than the built-in one (shipped compiled) is compiled on its first use and kept "
            + "here, under the SHA-256 of its files' content, the tool's build and the Drools version; an edited "
            + "rule file makes a new entry. Safe to clear at any time: the next run compiles again."},
        subcommands = {CacheCommand.Info.class, CacheCommand.Clear.class},
        footerHeading = "%nExamples:%n",
        footer = {"  mabs-advisor cache info", "  mabs-advisor cache clear", "  MABS_ADVISOR_CACHE=/var/cache/mabs-advisor mabs-advisor cache info"})
final class CacheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The cache folder option shared by the subcommands. */
    static final class Location {
        @Option(names = "--cache-dir", paramLabel = "DIR", description = "The cache folder (default: MABS_ADVISOR_CACHE, else the user's cache folder).")
        Path cacheDir;

        CompiledRuleCache cache() {
            return CompiledRuleCache.at(cacheDir != null ? cacheDir : AdvisorHome.cacheFolder());
        }
    }

    /** What a subcommand does with the cache. */
    @FunctionalInterface
    private interface CacheWork {
        void run(CompiledRuleCache cache, PrintWriter out) throws IOException;
    }

    /** Does the work on the chosen cache; a folder that cannot be read or cleared is said and exits 2. */
    private static int on(CommandLine.Model.CommandSpec spec, Location location, String doing, CacheWork work) {
        CompiledRuleCache cache = location.cache();
        PrintWriter out = spec.commandLine().getOut();
        try {
            work.run(cache, out);
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("mabs-advisor: cannot " + doing + " the cache folder " + cache.folder() + ": " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    /** Lists the cache folder and its entries. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print the cache folder and its entries, most recently used first.")
    static final class Info implements Callable<Integer> {
        @CommandLine.Mixin
        Location location;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return on(spec, location, "read", (cache, out) -> {
                List<CompiledRuleCache.Entry> entries = cache.entries();
                long bytes = entries.stream().mapToLong(CompiledRuleCache.Entry::bytes).sum();
                out.println("cache folder: " + cache.folder());
                out.printf("%d entr%s, %.1f MB%n", entries.size(), entries.size() == 1 ? "y" : "ies", bytes / 1e6);
                for (CompiledRuleCache.Entry e : entries) {
                    out.printf("  %s  %8d bytes  last used %s%n", e.file().getFileName(), e.bytes(), e.lastUsed());
                }
            });
        }
    }

    /** Removes every entry. */
    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove every compiled rules entry from the cache folder.")
    static final class Clear implements Callable<Integer> {
        @CommandLine.Mixin
        Location location;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return on(spec, location, "clear", (cache, out) -> {
                int removed = cache.clear();
                out.println("removed " + removed + " entr" + (removed == 1 ? "y" : "ies") + " from " + cache.folder());
            });
        }
    }
}
