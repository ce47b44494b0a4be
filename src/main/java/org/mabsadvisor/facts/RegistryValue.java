package org.mabsadvisor.facts;

/**
 * A registry value that was looked up. {@code present == false} means it was looked up and is not
 * there; a value that was not looked up at all is simply not listed (unknown).
 */
public record RegistryValue(String host, String key, String name, String type, String value, Boolean present) {

    /** True when this entry is the value {@code valueName} under {@code keyPath}, ignoring case and hive spelling. */
    public boolean is(String keyPath, String valueName) {
        // The name first: it is short and tells most values apart, while comparing keys normalizes both paths.
        return (valueName == null ? name == null : valueName.equalsIgnoreCase(name)) && RegistryPaths.sameKey(key, keyPath);
    }

    /**
     * One spelling of a key path and value name (null: the key itself), the same for two pairs
     * exactly when {@link #is} takes them for one value; null when the name is beyond ASCII, whose
     * case rules only {@link #is} applies. For looking values up by key and name in a set.
     */
    public static String lookup(String keyPath, String valueName) {
        if (keyPath == null || valueName != null && !RegistryPaths.isAscii(valueName)) {
            return null;
        }
        return RegistryPaths.normalize(keyPath) + "\n" + (valueName == null ? "\u0000" : valueName.toUpperCase(java.util.Locale.ROOT));
    }

    /** True when the value was looked up and found. */
    public boolean isPresent() {
        return Boolean.TRUE.equals(present);
    }

    /** True when the value was looked up and found missing. */
    public boolean isMissing() {
        return Boolean.FALSE.equals(present);
    }

    /** True when present as a REG_DWORD equal to {@code expected} (decimal or 0x hex). */
    public boolean isDword(long expected) {
        Long dword = dword();
        return dword != null && dword == expected;
    }

    /** True when present as a REG_DWORD below {@code limit}; a value of another type or unreadable is not. */
    public boolean isDwordBelow(long limit) {
        Long dword = dword();
        return dword != null && dword < limit;
    }

    /** The number of a present REG_DWORD (decimal or 0x hex); null for anything else. */
    public Long dword() {
        if (!isPresent() || !"REG_DWORD".equalsIgnoreCase(type) || value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            return v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    RegistryValue onHost(String defaultHost) {
        return host != null ? this : new RegistryValue(defaultHost, key, name, type, value, present);
    }
}
