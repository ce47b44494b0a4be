package org.mabsadvisor.rules;

import java.util.List;
import java.util.Set;
import org.mabsadvisor.facts.DataSource;
import org.mabsadvisor.facts.ProtectionGroup;

/**
 * The MARS scratch (cache) folder's prerequisites, as the MARS agent article lists them: which of
 * the scratch causes (the Diagnosis facts of mars-cache.drl) each documented error points at, and
 * the size of the data protected to Azure that the folder's free space is measured against.
 *
 * <pre>{@code $cause : Diagnosis( ScratchFolders.blocksAccess(cause) )}</pre>
 */
public final class ScratchFolders {
    private ScratchFolders() {
    }

    static final String LOCATIONS_DIFFER = "CAUSE-SCRATCH-LOCATIONS-DIFFER";
    static final String FOLDER_MISSING = "CAUSE-SCRATCH-FOLDER-MISSING";
    static final String NOT_LOCAL = "CAUSE-SCRATCH-NOT-LOCAL";
    static final String SHORT_OF_SPACE = "CAUSE-SCRATCH-SHORT-OF-SPACE";
    static final String UNSUPPORTED_ATTRIBUTES = "CAUSE-SCRATCH-UNSUPPORTED-ATTRIBUTES";
    static final String SCANNED = "CAUSE-SCRATCH-SCANNED";
    static final String SHADOW_STORAGE = "CAUSE-SHADOW-STORAGE-NEARLY-FULL";

    /** The folder is not valid and reachable: the two ScratchLocation values differ, the folder is gone, or it is not local. */
    private static final Set<String> UNREACHABLE = Set.of(LOCATIONS_DIFFER, FOLDER_MISSING, NOT_LOCAL);

    /**
     * What the checksum store and VHD errors (SalChecksumStoreInitializationFailed,
     * SalVhdInitializationError) name: a folder that is not valid and reachable, or one that
     * another process (an antivirus scanning it) holds.
     */
    private static final Set<String> BLOCKS_ACCESS = Set.of(LOCATIONS_DIFFER, FOLDER_MISSING, NOT_LOCAL, SCANNED, UNSUPPORTED_ATTRIBUTES);

    /** What the article gives for files not found (0x80070002, 0x80070003): a full scratch volume, a volume gone, an antivirus. */
    private static final Set<String> HIDES_FILES = Set.of(SHORT_OF_SPACE, FOLDER_MISSING, NOT_LOCAL, SCANNED);

    /** Every prerequisite of the cache folder (the article's "Prerequisites" list). */
    private static final Set<String> PREREQUISITES = Set.of(LOCATIONS_DIFFER, FOLDER_MISSING, NOT_LOCAL, SHORT_OF_SPACE,
            UNSUPPORTED_ATTRIBUTES, SCANNED, SHADOW_STORAGE);

    /** True when the cause makes the scratch folder invalid or unreachable. */
    public static boolean unreachable(String cause) {
        return UNREACHABLE.contains(cause);
    }

    /** True when the cause keeps the agent from opening the files of its scratch folder. */
    public static boolean blocksAccess(String cause) {
        return BLOCKS_ACCESS.contains(cause);
    }

    /** True when the cause can make the agent miss files during a backup. */
    public static boolean hidesFiles(String cause) {
        return HIDES_FILES.contains(cause);
    }

    /** True when the cause is an unmet prerequisite of the scratch folder. */
    public static boolean isPrerequisite(String cause) {
        return PREREQUISITES.contains(cause);
    }

    /**
     * The size of the data protected to Azure: the sizes of the data sources of the groups that back
     * up online. Null when no such group has a data source, or when one of their sizes is unknown
     * (a partial sum would understate what the scratch folder needs).
     */
    public static Long onlineProtectedBytes(List<ProtectionGroup> groups) {
        if (groups == null) {
            return null;
        }
        long total = 0;
        int counted = 0;
        for (ProtectionGroup group : groups) {
            if (group == null || !Boolean.TRUE.equals(group.onlineProtection()) || group.dataSources() == null) {
                continue;
            }
            for (DataSource source : group.dataSources()) {
                if (source.sizeBytes() == null) {
                    return null;
                }
                total += source.sizeBytes();
                counted++;
            }
        }
        return counted == 0 || total <= 0 ? null : total;
    }

    /** True only when both are known and the free space is strictly below {@code percent} of the protected size. */
    public static boolean freeBelowShare(Long freeBytes, Long protectedBytes, double percent) {
        return freeBytes != null && protectedBytes != null && protectedBytes > 0 && freeBytes < protectedBytes * percent / 100.0;
    }

    /** Free space in percent of the protected size, or -1 when either is unknown. */
    public static double freeShare(Long freeBytes, Long protectedBytes) {
        if (freeBytes == null || protectedBytes == null || protectedBytes <= 0) {
            return -1;
        }
        return 100.0 * freeBytes / protectedBytes;
    }
}
