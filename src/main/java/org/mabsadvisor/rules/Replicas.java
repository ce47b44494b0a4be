package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.Event;

/**
 * Questions about MABS disk replicas that rules ask: does an event concern a given protected server
 * or data source, is a mounted virtual disk a replica VHDX of the MABS storage.
 *
 * <pre>{@code RecognisedError( names("RI-01"), Replicas.concernsServer(event, $server) )}</pre>
 */
public final class Replicas {
    private Replicas() {
    }

    /** The folder, below the MABS installation folder, where DPM mounts replica volumes. */
    private static final String REPLICA_FOLDER = "\\dpm\\volumes\\replica\\";

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

    /**
     * True when the path is a .vhdx file under a DPM replica folder: …\DPM\Volumes\Replica\… on
     * legacy storage, or a Replica folder inside a folder named by a GUID on a modern backup storage
     * volume (F:\3f0e…\Replica\…).
     */
    public static boolean isReplicaVhdx(String path) {
        String p = windowsPath(path);
        if (p == null || !p.endsWith(".vhdx")) {
            return false;
        }
        if (p.contains(REPLICA_FOLDER)) {
            return true;
        }
        String[] folders = p.split("\\\\");
        for (int i = 0; i + 2 < folders.length; i++) {
            if (isGuid(folders[i]) && folders[i + 1].equals("replica")) {
                return true;
            }
        }
        return false;
    }

    /** A GUID as Windows writes folder names: 8-4-4-4-12 hexadecimal digits, with or without braces. */
    private static boolean isGuid(String name) {
        String g = name.startsWith("{") && name.endsWith("}") ? name.substring(1, name.length() - 1) : name;
        if (g.length() != 36) {
            return false;
        }
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
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
