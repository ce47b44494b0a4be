package org.mabsadvisor.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.Retention;

/**
 * dpm-protection-groups: Get-DPMProtectionGroup (Name, IsCloudLongTerm: the group also backs up
 * online) and, for online groups, the ranges of Get-DPMPolicyObjective -LongTerm Online written
 * "Range Unit", such as "30 Days", and how the first online backup of an online group is made
 * (InitialOnlineBackup, the IBMethod of Get-DPMInitialOnlineBackupCreationMethod: Network or
 * OfflineBackup, enum names that Windows does not translate).
 */
final class DpmProtectionGroupsParser implements OutputParser {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})\\s+(\\w+)");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.Group> groups = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            Boolean online = item.bool("IsCloudLongTerm");
            Retention retention = null;
            if (item.get("OnlineRetention") != null) {
                if (!item.get("OnlineRetention").isObject()) {
                    throw item.at("OnlineRetention is not an object");
                }
                PowerShellJson.Item r = new PowerShellJson.Item((ObjectNode) item.get("OnlineRetention"), item.line());
                retention = new Retention(range(r, "Daily", "Days"), range(r, "Weekly", "Weeks"), range(r, "Monthly", "Months"),
                        range(r, "Yearly", "Years"));
            }
            String method = item.text("InitialOnlineBackup");
            Boolean offlineSeeding = method == null ? null
                    : method.equalsIgnoreCase("OfflineBackup") ? Boolean.TRUE
                    : method.equalsIgnoreCase("Network") ? Boolean.FALSE
                    : null;
            groups.add(new FactsDraft.Group(name, online, retention, offlineSeeding));
        }
        draft.groups = groups;
    }

    /** The number of a range such as "30 Days", when its unit is the expected one; otherwise unknown. */
    private static Integer range(PowerShellJson.Item item, String field, String unit) {
        String raw = item.text(field);
        if (raw == null) {
            return null;
        }
        Matcher m = RANGE.matcher(raw);
        return m.matches() && m.group(2).equalsIgnoreCase(unit) ? Integer.valueOf(m.group(1)) : null;
    }
}
