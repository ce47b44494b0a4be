package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * local-administrators: Get-LocalGroupMember of the group whose SID is S-1-5-32-544 (Name, SID,
 * ObjectClass). The group's name and ObjectClass are in the language of Windows ("Groupe" on a French
 * one); a member that is a group is kept as such, since its own members are not listed.
 */
final class LocalAdministratorsParser implements OutputParser {
    private static final Set<String> GROUP_CLASSES = Set.of("group", "groupe", "gruppe", "grupo", "gruppo");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        output.requireSuccess();
        List<FactsDraft.GroupMember> members = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            String sid = item.text("SID");
            if (name == null && sid == null) {
                throw item.at("Name and SID are missing");
            }
            String objectClass = item.text("ObjectClass");
            boolean group = objectClass != null && GROUP_CLASSES.contains(objectClass.toLowerCase(Locale.ROOT));
            members.add(new FactsDraft.GroupMember(name, sid, group));
        }
        if (members.isEmpty()) {
            throw new UnusableOutputException(1, "the Administrators group always has a member; nothing was listed");
        }
        draft.administrators = members;
    }
}
