package org.mabsadvisor.bundle;

/**
 * trigger-job-file: Get-Item of TriggerJob.exe in the bin folder below MABS's InstallPath. Get-Item
 * failing with PathNotFound means the program is missing; the same error from Get-ItemProperty
 * means MABS's Setup key is missing, which says nothing about the program.
 */
final class TriggerJobFileParser implements OutputParser {
    static final String NOT_FOUND = "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand";

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        if (!output.run().succeeded() && NOT_FOUND.equals(output.run().errorId())) {
            draft.triggerJobFound = false;
            return;
        }
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        String path = item.text("FullName");
        if (path == null) {
            throw item.at("FullName is missing");
        }
        int slash = path.lastIndexOf('\\');
        draft.triggerJobFolder = slash > 0 ? path.substring(0, slash) : null;
        draft.triggerJobFound = true;
    }
}
