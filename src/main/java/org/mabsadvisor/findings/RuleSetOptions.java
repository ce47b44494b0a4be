package org.mabsadvisor.findings;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.engine.CompiledRuleCache;
import org.mabsadvisor.site.SiteConfig;

/**
 * What to load: the built-in folder (which holds the default policy), the site's rule folders, its
 * policy overrides (may be null) and configuration, and how lenient to be with the site's rules:
 * leave broken files out instead of stopping, and run rules the guard flags instead of refusing them.
 * {@code broken} lists site files already known to fail, with why, to leave out from the start;
 * {@code cache} is where compiled rule folders are reused from and kept.
 */
public record RuleSetOptions(Path builtIn, List<Path> siteFolders, Path policy, SiteConfig site,
        boolean skipBrokenSiteRules, boolean allowUnsafeRules, Map<Path, String> broken, CompiledRuleCache cache) {

    public RuleSetOptions {
        siteFolders = List.copyOf(siteFolders);
        broken = Collections.unmodifiableMap(new LinkedHashMap<>(broken));
    }

    /** The built-in rules and these folders, as they are, with no cache. */
    public static RuleSetOptions of(Path builtIn, List<Path> siteFolders, Path policy) {
        return new RuleSetOptions(builtIn, siteFolders, policy, SiteConfig.NONE, false, false, Map.of(), CompiledRuleCache.none());
    }

    /** The same, with one more site file to leave out, and why. */
    public RuleSetOptions leavingOut(Path file, String why) {
        Map<Path, String> more = new LinkedHashMap<>(broken);
        more.put(file, why);
        return new RuleSetOptions(builtIn, siteFolders, policy, site, skipBrokenSiteRules, allowUnsafeRules, more, cache);
    }
}
