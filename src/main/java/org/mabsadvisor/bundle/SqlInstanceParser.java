package org.mabsadvisor.bundle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.SqlServerInstance;

/**
 * sql-instance: the server properties of the SQL Server instance of the MABS database. The release
 * is the year the version text (@@VERSION) names, "Microsoft SQL Server 2019 (RTM-CU16) ... (X64)";
 * 64-bit is read from the edition ("(64-bit)") or from that text ("X64"). SQL Server answers in
 * English whatever the language of Windows.
 */
final class SqlInstanceParser implements OutputParser {
    private static final Pattern RELEASE = Pattern.compile("SQL Server (\\d{4})\\b");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        String versionText = item.text("VersionText");
        String edition = item.text("Edition");
        if (versionText == null && edition == null) {
            throw item.at("VersionText and Edition are missing");
        }
        Matcher m = versionText == null ? null : RELEASE.matcher(versionText);
        String release = m != null && m.find() ? m.group(1) : null;
        Long sysadmin = item.number("AdministratorsSysadmin");
        draft.sqlServer = new SqlServerInstance(release, ProductVersionsParser.version(item.text("ProductVersion")),
                item.text("ProductLevel"), edition, is64Bit(edition, versionText), item.text("InstanceName"),
                item.text("MachineName"), sysadmin == null ? null : sysadmin == 1);
    }

    /** True or false when the edition or the version text says; null when neither does. */
    static Boolean is64Bit(String edition, String versionText) {
        String all = (edition == null ? "" : edition) + " " + (versionText == null ? "" : versionText);
        if (all.contains("(64-bit)") || all.contains("(X64)")) {
            return true;
        }
        if (all.contains("(32-bit)") || all.contains("(Intel X86)") || all.contains("(X86)")) {
            return false;
        }
        return null;
    }
}
