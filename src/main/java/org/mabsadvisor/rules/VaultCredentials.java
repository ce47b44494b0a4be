package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.Event;

/**
 * The "invalid vault credentials" registration error and the machine state the article lists as its
 * causes, for rules:
 *
 * <pre>{@code Event( VaultCredentials.eventReportsInvalidCredentials(this) )
 * Certificate( VaultCredentials.isMachinePersonalStore(store), VaultCredentials.isWindowsAzureTools(subject) )
 * GroupPolicy( VaultCredentials.isComputerPolicy(scope, name) )}</pre>
 */
public final class VaultCredentials {
    private VaultCredentials() {
    }

    /** The registration error text, in English and in French. */
    private static final String[] INVALID_CREDENTIALS = {
        "invalid vault credentials",
        "vault credentials provided are invalid",
        "informations d'identification du coffre fournies non valides",
        "informations d'identification du coffre fournies ne sont pas valides",
        "informations d'identification de coffre non valides",
    };

    /** True when a recorded message is the "invalid vault credentials provided" registration error (EN or FR). */
    public static boolean invalidCredentialsError(String message) {
        return Messages.mentions(message, INVALID_CREDENTIALS);
    }

    /** True when the event's message is the "invalid vault credentials provided" registration error (EN or FR); false for null. */
    public static boolean eventReportsInvalidCredentials(Event event) {
        return event != null && event.messageMentions(INVALID_CREDENTIALS);
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
}
