package org.mabsadvisor.facts;

import java.util.List;
import java.util.Locale;

/**
 * One access control entry of a folder as icacls prints it: the account, as Windows names it in
 * its own language, and the codes in parentheses after it ({@code OI}, {@code CI}, {@code IO},
 * {@code I}, {@code F}, {@code M}, {@code RX}, {@code DENY}...), which icacls never translates.
 */
public record FolderAccess(String account, List<String> rights) {

    public FolderAccess {
        rights = rights == null ? List.of() : List.copyOf(rights);
    }

    /** True when the entry allows Full Control on the folder itself (not only on what it holds: no IO, no DENY). */
    public boolean grantsFullControlOnFolder() {
        boolean full = false;
        for (String r : rights) {
            String code = r.toUpperCase(Locale.ROOT);
            if (code.equals("IO") || code.equals("DENY")) {
                return false;
            }
            full |= code.equals("F");
        }
        return full;
    }
}
