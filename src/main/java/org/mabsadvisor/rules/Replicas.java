package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.Event;

/**
 * Questions about MABS disk replicas that rules ask: does a recorded message say a replica is
 * inconsistent, does an event concern a given protected server or data source, is a mounted virtual
 * disk a replica VHDX of the MABS storage.
 *
 * <pre>{@code Event( Replicas.eventReportsInconsistency(this), Replicas.concernsServer(this, $server) )}</pre>
 */
public final class Replicas {
    private Replicas() {
    }

    /** The "replica is inconsistent" error as DPM/MABS words it, in English and in French. */
    static final String[] INCONSISTENCY_PHRASES = {
        "replica is inconsistent",
        "is inconsistent with the protected data source",
        "réplica est incohérent",
        "est incohérent avec la source de données protégée",
        "est incohérent par rapport à la source de données protégée",
    };

    /** The folder, below the MABS installation folder, where DPM mounts replica volumes. */
    private static final String REPLICA_FOLDER = "\\dpm\\volumes\\replica\\";

    /** True when the message says that a replica is inconsistent (English or French, case and accents ignored). */
    public static boolean reportsInconsistency(String message) {
        return Messages.mentions(message, INCONSISTENCY_PHRASES);
    }

    /** True when the event's message says that a replica is inconsistent; false for null. */
    public static boolean eventReportsInconsistency(Event event) {
        return event != null && event.messageMentions(INCONSISTENCY_PHRASES);
    }

    /**
     * True when the event was recorded on {@code server} or its message names that server (fully
     * qualified or short name, as whole words); false when either is unknown.
     */
    public static boolean concernsServer(Event event, String server) {
        if (event == null || server == null || server.isBlank()) {
            return false;
        }
        if (Hosts.same(event.host(), server)) {
            return true;
        }
        if (event.normalizedMessage() == null) {
            return false;
        }
        String text = " " + event.normalizedMessage() + " ";
        String full = Messages.normalize(server);
        if (!full.isEmpty() && text.contains(" " + full + " ")) {
            return true;
        }
        String shortName = server.trim().contains(".") ? Messages.normalize(server.trim().substring(0, server.trim().indexOf('.'))) : full;
        return !shortName.isEmpty() && text.contains(" " + shortName + " ");
    }

    /**
     * True when the event concerns the data source: it names the data source's protected server
     * (see {@link #concernsServer}) and, when the event names a data source, it is this one.
     */
    public static boolean concerns(Event event, DataSource source) {
        if (event == null || source == null || !concernsServer(event, source.protectedServer())) {
            return false;
        }
        return event.dataSource() == null || event.dataSource().trim().equalsIgnoreCase(source.name() == null ? "" : source.name().trim());
    }

    /** True when the path is a .vhdx file under a DPM replica folder (…\DPM\Volumes\Replica\…). */
    public static boolean isReplicaVhdx(String path) {
        String p = windowsPath(path);
        return p != null && p.endsWith(".vhdx") && p.contains(REPLICA_FOLDER);
    }

    /** True when the path is a .vhdx file on the volume mounted at {@code mount} ("F:\", "F:" or a folder mount point). */
    public static boolean isVhdxOn(String path, String mount) {
        String p = windowsPath(path);
        String m = windowsPath(mount);
        if (p == null || m == null || m.isEmpty() || !p.endsWith(".vhdx")) {
            return false;
        }
        if (!m.endsWith("\\")) {
            m = m + "\\";
        }
        return p.startsWith(m);
    }

    private static String windowsPath(String path) {
        if (path == null) {
            return null;
        }
        String p = path.trim().replace('/', '\\').toLowerCase(Locale.ROOT);
        if (p.startsWith("\\\\?\\")) {
            p = p.substring(4);
        }
        return p;
    }
}
