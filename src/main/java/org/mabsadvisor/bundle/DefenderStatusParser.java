package org.mabsadvisor.bundle;

/**
 * defender-status, ps-defender-status: Get-MpComputerStatus. When its cmdlet does not exist,
 * Microsoft Defender is not installed: that is known, not a failure.
 */
final class DefenderStatusParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        FactsDraft.DefenderStatus status;
        if (!output.run().succeeded() && output.run().failedWith("CommandNotFoundException")) {
            status = new FactsDraft.DefenderStatus(false, null, null, null);
        } else {
            PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
            status = new FactsDraft.DefenderStatus(true, item.bool("AntivirusEnabled"), item.bool("RealTimeProtectionEnabled"),
                    item.text("AMRunningMode"));
        }
        if (output.server() == null) {
            draft.defender = status;
        } else {
            draft.remote(output.server()).defender = status;
        }
    }
}
