package org.mabsadvisor.facts;

/**
 * A registry value that was looked up. {@code present == false} means it was looked up and is not
 * there; a value that was not looked up at all is simply not listed (unknown).
 */
public record RegistryValue(String host, String key, String name, String type, String value, Boolean present) {

    /** True when this entry is the value {@code valueName} under {@code keyPath}, ignoring case and hive spelling. */
    public boolean is(String keyPath, String valueName) {
        return RegistryPaths.sameKey(key, keyPath) && (valueName == null ? name == null : valueName.equalsIgnoreCase(name));
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
        if (!isPresent() || !"REG_DWORD".equalsIgnoreCase(type) || value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            long parsed = v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
            return parsed == expected;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    RegistryValue onHost(String defaultHost) {
        return host != null ? this : new RegistryValue(defaultHost, key, name, type, value, present);
    }
}
