package org.mabsadvisor.facts;

import java.util.List;

/**
 * The folder of TriggerJob.exe, the program SQL Server Agent runs to start each scheduled MABS job:
 * whether the program is there ({@code found}) and who may do what in the folder ({@code access});
 * each part is null when it was not collected.
 */
public record TriggerJobFolder(String folder, Boolean found, List<FolderAccess> access) {

    public TriggerJobFolder {
        access = access == null ? null : List.copyOf(access);
    }

    /** True only when the program was looked for and is not there. */
    public boolean isMissing() {
        return Boolean.FALSE.equals(found);
    }
}
