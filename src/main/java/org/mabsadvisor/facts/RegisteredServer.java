package org.mabsadvisor.facts;

/**
 * This server as the vault lists it among its registered servers (the portal's Backup
 * Infrastructure): the name it was registered under. Nothing documented reads it on the server.
 */
public record RegisteredServer(String name) {
}
