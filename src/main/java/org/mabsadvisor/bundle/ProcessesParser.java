package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.RunningProcess;

/** processes: Name (with .exe, as Win32_Process gives it) and ExecutablePath of each running process. */
final class ProcessesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<RunningProcess> processes = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            processes.add(new RunningProcess(null, name, item.text("ExecutablePath")));
        }
        draft.processes = processes;
    }
}
