package org.mabsadvisor.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * One command of the collector, as collect/specs.json lists it: what it runs, the file its output
 * is copied to in the bundle and the facts that output feeds.
 */
public record Spec(
        String name,
        String description,
        String command,
        String output,
        Target target,
        List<String> feeds,
        boolean localized,
        boolean writesOutputFile) {

    /** The computer a spec reads: the MABS server, or each protected server named to the collector. */
    public enum Target {
        @JsonProperty("server") SERVER,
        @JsonProperty("protectedServer") PROTECTED_SERVER
    }

    public Spec {
        target = target == null ? Target.SERVER : target;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** True for a Windows program (its first word ends in .exe), whose exit code is its own. */
    public boolean isProgram() {
        String first = command == null ? "" : command.trim().split("\\s+", 2)[0];
        return first.toLowerCase(Locale.ROOT).endsWith(".exe");
    }

    /** The output file name for a run on {@code server} (null for the MABS server itself), as the collector names it. */
    public String outputFor(String server) {
        return server == null ? output : output.replace("{server}", server.replaceAll("[^A-Za-z0-9.-]", "_"));
    }
}
