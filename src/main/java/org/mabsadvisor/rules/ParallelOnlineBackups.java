package org.mabsadvisor.rules;

import java.util.Locale;
import org.mabsadvisor.facts.RegistryValue;

/**
 * The two registry values that limit how many online backups run at once: one read by the MARS
 * agent, one by the MABS task controller (named after the job type of online backups). Both absent
 * means the product's default for each, which agree.
 */
public final class ParallelOnlineBackups {
    /** Key of the MARS agent's limit. */
    public static final String MARS_KEY = "HKLM\\Software\\Microsoft\\Windows Azure Backup\\DbgSettings\\OnlineBackup";
    /** Value of the MARS agent's limit. */
    public static final String MARS_VALUE = "MaxParallelBackupJobs";
    /** Key of the MABS task controller's limits, one value per job type. */
    public static final String DPM_KEY = "HKLM\\Software\\Microsoft\\Microsoft Data Protection Manager\\Configuration\\DPMTaskController\\MaxRunningTasksThreshold";
    /** The job type of online backups, which names the task controller's value. */
    public static final String DPM_VALUE = "6e7c76f4-a832-4418-a772-8e58fd7466cb";

    private ParallelOnlineBackups() {
    }

    /**
     * True when the two values were looked up and are set inconsistently: only one of them is set,
     * both are set to different numbers, or either is above {@code ceiling}. A value present but
     * not a number counts as set to something the other is not.
     */
    public static boolean misconfigured(RegistryValue mars, RegistryValue dpm, long ceiling) {
        if (mars == null || dpm == null || mars.present() == null || dpm.present() == null) {
            return false;
        }
        if (!mars.isPresent() && !dpm.isPresent()) {
            return false;
        }
        if (mars.isPresent() != dpm.isPresent()) {
            return true;
        }
        Long a = number(mars.value());
        Long b = number(dpm.value());
        return a == null || b == null || !a.equals(b) || a > ceiling || b > ceiling;
    }

    /** A registry number as reg.exe prints it (0x14) or as written by hand (20); null when it is none. */
    static Long number(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            return v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
