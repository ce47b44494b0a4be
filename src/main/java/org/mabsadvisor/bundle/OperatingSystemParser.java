package org.mabsadvisor.bundle;

/** operating-system: the system drive and Windows folder (Win32_OperatingSystem). */
final class OperatingSystemParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        String drive = item.text("SystemDrive");
        if (drive == null || !drive.matches("[A-Za-z]:")) {
            throw item.at("SystemDrive is not a drive letter: " + drive);
        }
        draft.windows = new FactsDraft.Windows(drive.toUpperCase(java.util.Locale.ROOT), item.text("WindowsDirectory"));
    }
}
