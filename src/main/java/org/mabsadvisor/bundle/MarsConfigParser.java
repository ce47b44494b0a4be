package org.mabsadvisor.bundle;

/**
 * mars-config: the values of HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config that tell the
 * vault the MARS agent is registered to (ServiceResourceName, ResourceId, MachineId, as Microsoft's
 * MARS FAQ names them) and whether its ScratchLocation folder exists. Only whether a MachineId is
 * there matters (the agent is registered), so the collector prints MachineIdPresent, never the id;
 * bundles of earlier collectors print the id itself, which is read the same way and then dropped.
 */
final class MarsConfigParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        draft.marsConfig = new FactsDraft.MarsConfig(item.text("ServiceResourceName"), item.text("ResourceId"),
                Boolean.TRUE.equals(item.bool("MachineIdPresent")) || item.text("MachineId") != null, item.text("ScratchLocation"),
                item.bool("ScratchLocationExists"));
    }
}
