package org.mabsadvisor.facts;

import java.util.List;

/** An antivirus product on a host, with its real-time setting and exclusions. */
public record AntivirusProduct(
        String host,
        String product,
        Boolean realTimeProtection,
        List<String> excludedPaths,
        List<String> excludedProcesses,
        InfectedFileAction infectedFileAction) {

    public AntivirusProduct {
        excludedPaths = excludedPaths == null ? null : List.copyOf(excludedPaths);
        excludedProcesses = excludedProcesses == null ? null : List.copyOf(excludedProcesses);
    }

    /** True only when real-time scanning is known to be on. */
    public boolean scansInRealTime() {
        return Boolean.TRUE.equals(realTimeProtection);
    }

    /** True only when both exclusion lists are known and empty. */
    public boolean hasNoExclusions() {
        return excludedPaths != null && excludedProcesses != null && excludedPaths.isEmpty() && excludedProcesses.isEmpty();
    }

    AntivirusProduct onHost(String defaultHost) {
        return host != null ? this
                : new AntivirusProduct(defaultHost, product, realTimeProtection, excludedPaths, excludedProcesses, infectedFileAction);
    }
}
