package org.mabsadvisor.bundle;

/** ps-windows-server-backup: Get-WindowsFeature Windows-Server-Backup (Name, Installed) on a protected server. */
final class WindowsServerBackupParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        Boolean installed = item.bool("Installed");
        if (installed == null) {
            throw item.at("Installed is missing");
        }
        draft.remote(output.server()).windowsServerBackupInstalled = installed;
    }
}
