package org.mabsadvisor.engine;

/**
 * A rule as its file declares it: the engine's name for it (package and rule name), what the
 * advisor knows of it, and the column its declaration starts at, to locate problems.
 */
record DeclaredRule(String qualifiedName, RuleInfo info, int column) {
}
