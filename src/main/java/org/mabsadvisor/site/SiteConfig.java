package org.mabsadvisor.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mabsadvisor.engine.RuleOverrides;
import org.mabsadvisor.engine.Severity;

/**
 * What a site changes in the built-in rules: rules it disables, severities it changes, rules its
 * own rules replace. Each entry remembers where it was asked ({@code site.yaml:3:5}, or
 * {@code --disable}), so that the report and every error can say so.
 */
public record SiteConfig(List<Entry> disable, List<SeverityChange> severity, List<Entry> replace) {

    /** A site that changes nothing. */
    public static final SiteConfig NONE = new SiteConfig(List.of(), List.of(), List.of());

    public SiteConfig {
        disable = List.copyOf(disable);
        severity = List.copyOf(severity);
        replace = List.copyOf(replace);
    }

    /** A rule id and where it was written. */
    public record Entry(String ruleId, String origin) {
    }

    /** A new severity for a rule, and where it was written. */
    public record SeverityChange(String ruleId, Severity severity, String origin) {
    }

    /** This configuration with more rules disabled, given on the command line with {@code --disable}. */
    public SiteConfig disabling(List<String> ruleIds) throws InvalidSiteConfigException {
        List<Entry> all = new ArrayList<>(disable);
        List<String> problems = new ArrayList<>();
        for (String id : ruleIds) {
            if (all.stream().anyMatch(e -> e.ruleId().equals(id))) {
                continue;
            }
            Entry entry = new Entry(id, "--disable");
            all.add(entry);
            if (replace.stream().anyMatch(e -> e.ruleId().equals(id))) {
                problems.add("--disable " + id + ": the site configuration replaces that rule; disable or replace it, not both");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSiteConfigException(problems);
        }
        return new SiteConfig(all, severity, replace);
    }

    /** What the compiler needs of this configuration: the rules to leave out and those to replace. */
    public RuleOverrides overrides() {
        return new RuleOverrides(ids(disable), ids(replace));
    }

    /** The new severities by rule id. */
    public Map<String, Severity> severities() {
        Map<String, Severity> severities = new LinkedHashMap<>();
        severity.forEach(s -> severities.put(s.ruleId(), s.severity()));
        return severities;
    }

    private static Set<String> ids(List<Entry> entries) {
        return entries.stream().map(Entry::ruleId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
