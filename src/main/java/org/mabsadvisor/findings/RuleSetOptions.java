package org.mabsadvisor.findings;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.site.SiteConfig;

/**
 * What to load: the built-in folder (which holds the default policy), the site's rule folders, its
 * policy overrides (may be null) and configuration, and how lenient to be with the site's rules:
 * leave broken files out instead of stopping, and run rules the guard flags instead of refusing them.
 * {@code broken} lists site files already known to fail, with why, to leave out from the start.
 */
public record RuleSetOptions(Path builtIn, List<Path> siteFolders, Path policy, SiteConfig site,
        boolean skipBrokenSiteRules, boolean allowUnsafeRules, Map<Path, String> broken) {

    public RuleSetOptions {
        siteFolders = List.copyOf(siteFolders);
        broken = Collections.unmodifiableMap(new LinkedHashMap<>(broken));
    }

    /** The built-in rules and these folders, as they are. */
    public static RuleSetOptions of(Path builtIn, List<Path> siteFolders, Path policy) {
        return new RuleSetOptions(builtIn, siteFolders, policy, SiteConfig.NONE, false, false, Map.of());
    }

    /** The same, with one more site file to leave out, and why. */
    public RuleSetOptions leavingOut(Path file, String why) {
        Map<Path, String> more = new LinkedHashMap<>(broken);
        more.put(file, why);
        return new RuleSetOptions(builtIn, siteFolders, policy, site, skipBrokenSiteRules, allowUnsafeRules, more);
    }
}
