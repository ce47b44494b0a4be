package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;

/** dpm-production-servers: Get-DPMProductionServer (ServerName, Domain, ServerProtectionState): the computers whose agent is attached here. */
final class DpmProductionServersParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.AgentServer> servers = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("ServerName");
            if (name == null) {
                throw item.at("ServerName is missing");
            }
            servers.add(new FactsDraft.AgentServer(name, item.text("Domain"), item.text("ServerProtectionState")));
        }
        draft.agentServers = servers;
    }
}
