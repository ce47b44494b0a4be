package org.mabsadvisor.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The file names of a fleet's remediation scripts, fix-HOST.ps1: a host name is a value from the
 * facts, so only letters, digits, dot, dash and underscore are kept (no separator, no parent
 * folder, no device name can come through), and names that collide, without regard to case as on
 * Windows, get a number.
 */
final class ServerScriptNames {
    private static final int MAX_HOST = 100;
    private final Set<String> used = new HashSet<>();

    /** The next free file name for this host. */
    String next(String host) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < host.length() && safe.length() < MAX_HOST; i++) {
            char c = host.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (c == '.' && safe.length() > 0);
            safe.append(plain ? c : '_');
        }
        String base = "fix-" + (safe.length() == 0 ? "host" : safe);
        String name = base + ".ps1";
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".ps1";
        }
        return name;
    }
}
