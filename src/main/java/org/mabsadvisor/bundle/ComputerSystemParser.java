package org.mabsadvisor.bundle;

import java.util.List;
import org.mabsadvisor.facts.Platform;

/** computer-system: the computer's name, its domain or workgroup, and its domain role (Win32_ComputerSystem). */
final class ComputerSystemParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = single(PowerShellJson.items(output));
        String name = item.text("Name");
        if (name == null) {
            throw item.at("Name is missing");
        }
        Boolean inDomain = item.bool("PartOfDomain");
        String domain = Boolean.TRUE.equals(inDomain) ? item.text("Domain") : null;
        String workgroup = Boolean.FALSE.equals(inDomain) ? firstNonNull(item.text("Workgroup"), item.text("Domain")) : null;
        draft.computer = new FactsDraft.Computer(name, domain, workgroup);
        Long role = item.number("DomainRole");
        if (role != null && (role < 0 || role >= Platform.DOMAIN_ROLES.size())) {
            throw item.at("DomainRole is not 0 to 5: " + role);
        }
        draft.domainRole = role == null ? null : Platform.DOMAIN_ROLES.get(role.intValue());
    }

    static PowerShellJson.Item single(List<PowerShellJson.Item> items) throws UnusableOutputException {
        if (items.size() != 1) {
            throw new UnusableOutputException(items.isEmpty() ? 0 : items.get(1).line(), "expected one object, found " + items.size());
        }
        return items.get(0);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
