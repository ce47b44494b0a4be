package org.mabsadvisor.bundle;

/**
 * mars-config: the values of HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config that tell the
 * vault the MARS agent is registered to (ServiceResourceName, ResourceId, MachineId, as Microsoft's
 * MARS FAQ names them) and whether its ScratchLocation folder exists.
 */
final class MarsConfigParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        draft.marsConfig = new FactsDraft.MarsConfig(item.text("ServiceResourceName"), item.text("ResourceId"),
                item.text("MachineId"), item.text("ScratchLocation"), item.bool("ScratchLocationExists"));
    }
}
