package org.mabsadvisor.facts;

/** One test of a connection from the MABS server to an Azure endpoint. */
public record ConnectivityProbe(String target, Integer port, Boolean succeeded, String error) {

    /** True only when the probe ran and failed. */
    public boolean failed() {
        return Boolean.FALSE.equals(succeeded);
    }
}
