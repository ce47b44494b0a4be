package org.mabsadvisor.rules;

import org.mabsadvisor.facts.HostNames;

/**
 * Comparison of Windows computer names for rules ({@code Hosts.same(host, $host)}): case does not
 * matter, and a short name equals the fully qualified one. The comparison itself belongs to the
 * facts ({@link HostNames}), which the collector's parsers use too.
 */
public final class Hosts {
    private Hosts() {
    }

    /** True when both names are known and name the same computer. */
    public static boolean same(String a, String b) {
        return HostNames.same(a, b);
    }

    /** True when {@code registered} names this computer (name and domain); see {@link HostNames#sameComputer}. */
    public static boolean sameComputer(String registered, String name, String domain) {
        return HostNames.sameComputer(registered, name, domain);
    }
}
