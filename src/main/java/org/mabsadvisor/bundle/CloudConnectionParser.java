package org.mabsadvisor.bundle;

/** dpm-cloud-connection: Get-DPMCloudConnection, whether MABS can reach Azure now (Connected, true or false). */
final class CloudConnectionParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        Boolean connected = item.bool("Connected");
        if (connected == null) {
            throw item.at("Connected is missing");
        }
        draft.cloudConnected = connected;
    }
}
