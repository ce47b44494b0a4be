package org.mabsadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryPathsTest {

    private static final String KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config";

    @Test
    void spellingsOfOneKeyAreTheSameKey() {
        for (String spelled : List.of(KEY, "hklm\\software\\microsoft\\windows azure backup\\config",
                "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config", "  hkey_local_machine/SOFTWARE/Microsoft/Windows Azure Backup/Config\\\\ ",
                KEY + "\\", KEY + "/")) {
            assertTrue(RegistryPaths.sameKey(KEY, spelled), spelled);
            assertTrue(RegistryPaths.sameKey(spelled, KEY), spelled);
        }
    }

    @Test
    void otherKeysAreNot() {
        for (String other : List.of(KEY + "\\Sub", "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup", "HKCU\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config",
                "HKEY_LOCAL_MACHINE", "", "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup \\Config", "HKEY_LOCAL_MACHIN\\SOFTWARE")) {
            assertFalse(RegistryPaths.sameKey(KEY, other), other);
        }
        assertFalse(RegistryPaths.sameKey(null, KEY));
        assertFalse(RegistryPaths.sameKey(KEY, null));
    }

    /** The comparison in place says what comparing the normalized spellings says, for every pair of a varied set. */
    @Test
    void agreesWithTheNormalizedSpellings() {
        List<String> paths = List.of(KEY, "HKEY_LOCAL_MACHINE", "HKLM", "hklm\\", "HKEY_LOCAL_MACHINE\\", "HKLM\\X ", "HKLM\\X \\", "HKLM\\X\\ ",
                " HKLM/x//", "HKEY_LOCAL_MACHINE/X", "HKEY_LOCAL_MACHINEX", "HKLMX", "\\", "/", " ", "", "HKLM\\Système", "HKLM\\SYSTÈME", "hklm\\straße");
        for (String a : paths) {
            for (String b : paths) {
                assertEquals(RegistryPaths.normalize(a).equals(RegistryPaths.normalize(b)), RegistryPaths.sameKey(a, b), a + " / " + b);
            }
        }
    }

    /** A value's lookup spelling is another's exactly when RegistryValue.is takes them for one value. */
    @Test
    void lookupSpellingsAgreeWithIs() {
        List<String> keys = List.of(KEY, "hkey_local_machine/software/microsoft/windows azure backup/config\\", "HKLM\\SOFTWARE", "HKLM\\Système");
        java.util.Arrays.asList("Enabled", "ENABLED", "Disabled", null).forEach(name -> {
            for (String key : keys) {
                RegistryValue value = new RegistryValue("MABS01", key, name, "REG_DWORD", "1", true);
                for (String otherKey : keys) {
                    for (String otherName : java.util.Arrays.asList("enabled", "Disabled", null)) {
                        assertEquals(value.is(otherKey, otherName), RegistryValue.lookup(key, name).equals(RegistryValue.lookup(otherKey, otherName)),
                                key + "|" + name + " / " + otherKey + "|" + otherName);
                    }
                }
            }
        });
        assertEquals(null, RegistryValue.lookup(KEY, "straße"), "a name beyond ASCII is left to RegistryValue.is");
    }
}
