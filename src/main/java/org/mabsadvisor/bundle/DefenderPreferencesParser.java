package org.mabsadvisor.bundle;

import java.util.List;
import java.util.Map;
import org.mabsadvisor.facts.InfectedFileAction;

/**
 * defender-preferences, ps-defender-preferences: Get-MpPreference. ExclusionPath and
 * ExclusionProcess are null when there is none; Windows shows a placeholder instead of the lists
 * to a user who is not an administrator, and then they are unknown. The threat actions are
 * MPTHREAT_ACTION numbers (0 when not set); what Defender does with an infected file is taken from
 * the action for severe threats, or for high ones when that one is not set.
 */
final class DefenderPreferencesParser implements OutputParser {
    private static final Map<String, InfectedFileAction> ACTIONS = Map.ofEntries(
            Map.entry("1", InfectedFileAction.CLEAN), Map.entry("2", InfectedFileAction.QUARANTINE), Map.entry("3", InfectedFileAction.DELETE),
            Map.entry("6", InfectedFileAction.ALLOW), Map.entry("8", InfectedFileAction.USER_DEFINED), Map.entry("9", InfectedFileAction.NO_ACTION),
            Map.entry("10", InfectedFileAction.BLOCK),
            Map.entry("clean", InfectedFileAction.CLEAN), Map.entry("quarantine", InfectedFileAction.QUARANTINE),
            Map.entry("remove", InfectedFileAction.DELETE), Map.entry("allow", InfectedFileAction.ALLOW),
            Map.entry("userdefined", InfectedFileAction.USER_DEFINED), Map.entry("noaction", InfectedFileAction.NO_ACTION),
            Map.entry("block", InfectedFileAction.BLOCK));

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        FactsDraft.DefenderPreferences preferences = new FactsDraft.DefenderPreferences(
                exclusions(item, "ExclusionPath"), exclusions(item, "ExclusionProcess"), action(item));
        if (output.server() == null) {
            draft.defenderPreferences = preferences;
        } else {
            draft.remote(output.server()).defenderPreferences = preferences;
        }
    }

    private static List<String> exclusions(PowerShellJson.Item item, String field) throws UnusableOutputException {
        List<String> list = item.texts(field);
        if (list.stream().anyMatch(s -> s.startsWith("N/A"))) {
            return null;
        }
        return list;
    }

    private static InfectedFileAction action(PowerShellJson.Item item) throws UnusableOutputException {
        InfectedFileAction severe = action(item, "SevereThreatDefaultAction");
        return severe != null ? severe : action(item, "HighThreatDefaultAction");
    }

    private static InfectedFileAction action(PowerShellJson.Item item, String field) throws UnusableOutputException {
        String raw = item.text(field);
        if (raw == null || raw.equals("0")) {
            return null;
        }
        InfectedFileAction action = ACTIONS.get(raw.toLowerCase(java.util.Locale.ROOT));
        if (action == null) {
            throw item.at(field + " has an unknown value: " + raw);
        }
        return action;
    }
}
