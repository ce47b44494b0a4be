package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.ExternalDpmServer;
import org.mabsadvisor.facts.VaultRegistration;

/**
 * Whether an external DPM server is registered to another vault than this MABS server:
 *
 * <pre>{@code ExternalDpmServer( Vaults.differ(this, $vault) )}</pre>
 */
public final class Vaults {
    private Vaults() {
    }

    /**
     * True only when both vaults are known and differ: compared by vault id when both ids are known,
     * else by vault name when both names are known (case ignored); false when this server is known
     * not to be registered, or when neither pair is known.
     */
    public static boolean differ(ExternalDpmServer external, VaultRegistration own) {
        if (external == null || own == null || Boolean.FALSE.equals(own.registered())) {
            return false;
        }
        if (known(external.vaultId()) && known(own.vaultId())) {
            return !same(external.vaultId(), own.vaultId());
        }
        if (known(external.vaultName()) && known(own.vaultName())) {
            return !same(external.vaultName(), own.vaultName());
        }
        return false;
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean same(String a, String b) {
        return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
