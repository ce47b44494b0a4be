package org.mabsadvisor.bundle;

/** ps-operating-system: the architecture of a protected server's Windows and the file version of its protection agent (dpmra.exe). */
final class ProtectedOperatingSystemParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        if (item.text("OSArchitecture") == null && item.text("Caption") == null) {
            throw item.at("OSArchitecture and Caption are missing");
        }
        FactsDraft.Remote remote = draft.remote(output.server());
        remote.architecture = OperatingSystemParser.architecture(item.text("OSArchitecture"));
        remote.agentVersion = ProductVersionsParser.version(item.text("AgentVersion"));
    }
}
