package org.mabsadvisor.facts;

/** A process running on a host when the facts were collected. */
public record RunningProcess(String host, String name, String path) {

    /** True when the process name is one of {@code names}, ignoring case as Windows does. */
    public boolean isOneOf(java.util.List<String> names) {
        return name != null && names.stream().anyMatch(name::equalsIgnoreCase);
    }

    RunningProcess onHost(String defaultHost) {
        return host != null ? this : new RunningProcess(defaultHost, name, path);
    }
}
