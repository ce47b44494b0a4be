package org.mabsadvisor.rules;

import org.mabsadvisor.facts.MabsServer;

/**
 * Whether a MABS server supports the operations that the vault's security settings protect
 * (passphrase change, retention reduction): MABS V1 needs its Update 1; V2 and later have them.
 *
 * <pre>{@code MabsServer( SecurityFeatures.mabsTooOld(this, $minimumUpdate, $v2) )}</pre>
 */
public final class SecurityFeatures {
    private SecurityFeatures() {
    }

    /**
     * True only when the server is known to be a MABS V1 (version older than {@code v2FirstVersion})
     * whose update rollup is known and below {@code minimumUpdate}.
     */
    public static boolean mabsTooOld(MabsServer server, int minimumUpdate, String v2FirstVersion) {
        return server != null && server.updateRollup() != null && server.updateRollup() < minimumUpdate
                && Versions.isOlder(server.version(), v2FirstVersion);
    }
}
