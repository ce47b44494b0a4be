package org.mabsadvisor.bundle;

import org.mabsadvisor.facts.OnlineBackupModule;

/**
 * online-backup-module: the MSOnlineBackup module folder below the bin folder of the MARS agent's
 * service program (Folder, Found, Files: the names of the files directly in it).
 */
final class OnlineBackupModuleParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        Boolean found = item.bool("Found");
        if (found == null) {
            throw item.at("Found is missing");
        }
        draft.onlineBackupModule = new OnlineBackupModule(item.text("Folder"), found, found ? item.texts("Files") : null);
    }
}
