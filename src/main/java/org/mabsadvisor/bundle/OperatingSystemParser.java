package org.mabsadvisor.bundle;

/** operating-system: the caption, version and architecture of Windows, its system drive and folder (Win32_OperatingSystem). */
final class OperatingSystemParser implements OutputParser {
    private static final java.util.regex.Pattern ARCHITECTURE = java.util.regex.Pattern.compile("^(32|64)[\\s-]*bits?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        String drive = item.text("SystemDrive");
        if (drive == null || !drive.matches("[A-Za-z]:")) {
            throw item.at("SystemDrive is not a drive letter: " + drive);
        }
        draft.windows = new FactsDraft.Windows(drive.toUpperCase(java.util.Locale.ROOT), item.text("WindowsDirectory"));
        draft.operatingSystem = new FactsDraft.OperatingSystem(item.text("Caption"), item.text("Version"), architecture(item.text("OSArchitecture")));
    }

    /**
     * "64-bit" or "32-bit" from OSArchitecture, which Windows words in its own language ("64 bits"
     * in French); null for anything else, such as an ARM system or an older bundle without it.
     */
    static String architecture(String osArchitecture) {
        if (osArchitecture == null) {
            return null;
        }
        java.util.regex.Matcher m = ARCHITECTURE.matcher(osArchitecture.strip());
        return m.find() ? m.group(1) + "-bit" : null;
    }
}
