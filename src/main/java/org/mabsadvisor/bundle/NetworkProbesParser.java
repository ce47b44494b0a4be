package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.ConnectivityProbe;

/** network-probes: Test-NetConnection -Port 443 (ComputerName, RemotePort, TcpTestSucceeded) per Azure endpoint. */
final class NetworkProbesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<ConnectivityProbe> probes = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String target = item.text("ComputerName");
            Boolean succeeded = item.bool("TcpTestSucceeded");
            if (target == null || succeeded == null) {
                throw item.at("ComputerName or TcpTestSucceeded is missing");
            }
            Long port = item.number("RemotePort");
            probes.add(new ConnectivityProbe(target, port == null || port < 1 || port > 65535 ? null : port.intValue(), succeeded,
                    succeeded ? null : "TCP connect to " + target + (port == null ? "" : ":" + port) + " failed"));
        }
        draft.probes = probes;
    }
}
