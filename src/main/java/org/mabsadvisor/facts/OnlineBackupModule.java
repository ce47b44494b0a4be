package org.mabsadvisor.facts;

import java.util.List;
import java.util.Locale;

/**
 * The MSOnlineBackup PowerShell module folder of the MARS agent ({@code <install>\bin\Modules\MSOnlineBackup}),
 * whose cmdlets the agent's scheduled task runs to start a backup: whether the folder is there and the
 * names of the files directly in it; each is null when not read.
 */
public record OnlineBackupModule(String folder, Boolean found, List<String> files) {
    /** The files PowerShell loads a module named MSOnlineBackup from: its manifest, script or assembly. */
    private static final List<String> MODULE_FILES = List.of("msonlinebackup.psd1", "msonlinebackup.psm1", "msonlinebackup.dll");

    public OnlineBackupModule {
        files = files == null ? null : List.copyOf(files);
    }

    /**
     * True only when it is known that PowerShell cannot load the module from the folder: the folder
     * is missing, or it holds none of the files a module of that name is loaded from. A damaged file
     * cannot be told from its name.
     */
    public boolean filesMissing() {
        if (Boolean.FALSE.equals(found)) {
            return true;
        }
        return Boolean.TRUE.equals(found) && files != null
                && files.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).noneMatch(MODULE_FILES::contains);
    }
}
