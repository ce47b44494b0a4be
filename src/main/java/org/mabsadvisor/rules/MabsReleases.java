package org.mabsadvisor.rules;

import java.util.List;
import java.util.Locale;
import org.mabsadvisor.facts.MabsServer;
import org.mabsadvisor.policy.Policy;

/**
 * Which MABS release and update rollup a server runs, from the policy's table of releases (first
 * product version of each) and of update builds. A rollup whose build the documentation gives
 * (v4 UR1, 14.0.42.0) is told by the version; one it does not (v3 UR1) by the server's
 * {@code updateRollup}. Unknown versions make every question false, so no rule fires on a guess.
 *
 * <pre>{@code MabsServer( MabsReleases.atLeast(this, $policy, "v4 UR1") )}</pre>
 */
public final class MabsReleases {
    private MabsReleases() {
    }

    /** The release of a server ("v4"), or null when its version is unknown or older than every release. */
    public static Policy.MabsRelease releaseOf(MabsServer server, Policy policy) {
        if (server == null || policy == null || Versions.compare(server.version(), "0") == null) {
            return null;
        }
        Policy.MabsRelease found = null;
        for (Policy.MabsRelease r : policy.mabsReleases()) {
            Integer c = Versions.compare(server.version(), r.firstVersion());
            if (c != null && c >= 0 && (found == null || Versions.isOlder(found.firstVersion(), r.firstVersion()))) {
                found = r;
            }
        }
        return found;
    }

    /** The name of the server's release ("v4"), or null. */
    public static String releaseName(MabsServer server, Policy policy) {
        Policy.MabsRelease r = releaseOf(server, policy);
        return r == null ? null : r.name();
    }

    /** True when the server's version is known and older than the first release of the table (older than v3). */
    public static boolean olderThanEveryRelease(MabsServer server, Policy policy) {
        if (server == null || policy == null || policy.mabsReleases().isEmpty()) {
            return false;
        }
        return policy.mabsReleases().stream().allMatch(r -> Versions.isOlder(server.version(), r.firstVersion()));
    }

    /** True when the server runs the named release ("v3"), whatever its update rollup. */
    public static boolean isRelease(MabsServer server, Policy policy, String release) {
        String name = releaseName(server, policy);
        return name != null && name.equalsIgnoreCase(release);
    }

    /**
     * True when the server runs the named update ("v3 UR1", "v4 UR1") or anything later: a later
     * release, a build at or above the update's build, or in the same release an update rollup
     * number at least the update's.
     */
    public static boolean atLeast(MabsServer server, Policy policy, String update) {
        Policy.MabsRelease mine = releaseOf(server, policy);
        if (mine == null) {
            return false;
        }
        String[] parts = update.strip().split("\\s+");
        Policy.MabsRelease target = release(policy, parts[0]);
        if (target == null) {
            return false;
        }
        Integer order = Versions.compare(mine.firstVersion(), target.firstVersion());
        if (order == null || order != 0) {
            return order != null && order > 0;
        }
        if (parts.length == 1) {
            return true;
        }
        String build = buildOf(policy, update);
        if (build != null) {
            Integer c = Versions.compare(server.version(), build);
            return c != null && c >= 0;
        }
        Integer rollup = rollupNumber(parts[1]);
        return rollup != null && server.updateRollup() != null && server.updateRollup() >= rollup;
    }

    /** True when the server's version is one of the builds Microsoft recalled. */
    public static boolean isRecalled(MabsServer server, Policy policy) {
        if (server == null || policy == null) {
            return false;
        }
        return policy.recalledMabsBuilds().stream().anyMatch(b -> {
            Integer c = Versions.compare(server.version(), b);
            return c != null && c == 0;
        });
    }

    /** The build of a named update ("v4 UR1 Refresh"), or null when the table has none. */
    public static String buildOf(Policy policy, String update) {
        for (Policy.MabsBuild b : policy.mabsBuilds()) {
            if (b.name().strip().equalsIgnoreCase(update.strip())) {
                return b.version();
            }
        }
        return null;
    }

    private static Policy.MabsRelease release(Policy policy, String name) {
        List<Policy.MabsRelease> releases = policy.mabsReleases();
        return releases.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static Integer rollupNumber(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        if (!w.matches("UR\\d{1,3}")) {
            return null;
        }
        return Integer.parseInt(w.substring(2));
    }
}
