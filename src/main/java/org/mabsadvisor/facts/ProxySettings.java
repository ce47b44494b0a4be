package org.mabsadvisor.facts;

/** Proxy settings seen by the MARS agent. */
public record ProxySettings(Boolean configured, String address, Integer port, Boolean systemAccountConfigured, Boolean userNameSet) {
}
