package org.mabsadvisor.bundle;

import org.mabsadvisor.facts.TempFolder;

/** windows-temp: the path of the Windows temp folder and how many files it holds (Measure-Object). */
final class WindowsTempParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        Long count = VolumesParser.nonNegative(item, "Count");
        if (count == null) {
            throw item.at("Count is missing");
        }
        draft.windowsTemp = new TempFolder(item.text("Path"), count);
    }
}
