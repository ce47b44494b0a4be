package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.VaultRegistration;

/**
 * The machine states the article lists as causes of the "invalid vault credentials" registration
 * error, for rules (the error itself is in the table of documented errors):
 *
 * <pre>{@code Certificate( VaultCredentials.isMachinePersonalStore(store), VaultCredentials.isWindowsAzureTools(subject) )
 * GroupPolicy( VaultCredentials.isComputerPolicy(scope, name) )}</pre>
 */
public final class VaultCredentials {
    private VaultCredentials() {
    }

    /** True when the store is the machine's Personal store (LocalMachine\My, also written Cert:\LocalMachine\My); false when unknown. */
    public static boolean isMachinePersonalStore(String store) {
        if (store == null) {
            return false;
        }
        String s = store.trim().replace('/', '\\').toLowerCase(Locale.ROOT);
        if (s.startsWith("cert:\\")) {
            s = s.substring("cert:\\".length());
        }
        return s.equals("localmachine\\my");
    }

    /** True when a certificate subject names the Windows Azure Tools certificate (its French label included). */
    public static boolean isWindowsAzureTools(String subject) {
        return Messages.mentions(subject, "Windows Azure Tools", "Outils Windows Azure");
    }

    /**
     * True for a group policy known to apply to the computer, other than the machine's own local
     * policy (which every Windows server lists); false when the scope is unknown or user.
     */
    public static boolean isComputerPolicy(String scope, String name) {
        if (scope == null || !scope.trim().equalsIgnoreCase("computer")) {
            return false;
        }
        String n = name == null ? "" : Messages.normalize(name);
        return !n.equals("local group policy") && !n.equals("strategie de groupe locale") && !n.equals("localgpo");
    }

    /**
     * True for the Default Domain Policy, which applies to every member of a domain and holds the
     * domain's password and Kerberos settings: on its own it says nothing about a failed
     * registration, so it is not named as a thing to check.
     */
    public static boolean isDefaultDomainPolicy(String name, String guid) {
        String g = guid == null ? "" : guid.trim().toUpperCase(Locale.ROOT).replace("{", "").replace("}", "");
        return g.equals(DEFAULT_DOMAIN_POLICY_GUID) || (name != null && Messages.normalize(name).equals("default domain policy"));
    }

    /**
     * True when the vault credentials file the facts name cannot register the server: downloaded
     * more than {@code maxDays} days ago, not the latest file downloaded for its vault (only the
     * newest one is valid), or named with another extension than .VaultCredentials. Unknown values
     * say nothing.
     */
    public static boolean fileUnusable(VaultRegistration vault, double maxDays) {
        if (vault == null) {
            return false;
        }
        boolean expired = vault.credentialsFileAgeHours() != null && vault.credentialsFileAgeHours() > maxDays * 24;
        return expired || Boolean.FALSE.equals(vault.credentialsFileIsLatest()) || vault.credentialsFileHasWrongExtension();
    }

    /**
     * True when the credentials file names a vault and the server is registered to another one
     * (names compared as Azure does, without regard to case); false when either is unknown.
     */
    public static boolean fileOfAnotherVault(VaultRegistration vault) {
        return vault != null && Boolean.TRUE.equals(vault.registered()) && vault.vaultName() != null && vault.credentialsFileVaultName() != null
                && !vault.vaultName().strip().equalsIgnoreCase(vault.credentialsFileVaultName().strip());
    }

    /** The GUID every domain gives its Default Domain Policy. */
    private static final String DEFAULT_DOMAIN_POLICY_GUID = "31B2F340-016D-11D2-945F-00C04FB984F9";
}
