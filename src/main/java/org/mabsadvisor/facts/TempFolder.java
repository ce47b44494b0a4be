package org.mabsadvisor.facts;

/** The Windows temp folder of the server and how many files it holds. */
public record TempFolder(String path, Long fileCount) {
}
