package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.facts.Service;
import org.mabsadvisor.facts.ServiceState;
import org.mabsadvisor.facts.StartMode;

/**
 * services, ps-services: Get-Service with Name, DisplayName, Status and StartType. Windows
 * PowerShell 5.1 writes the two enumerations as numbers, PowerShell 7 may write their names.
 */
final class ServicesParser implements OutputParser {
    // System.ServiceProcess.ServiceControllerStatus and ServiceStartMode, by number and by name.
    private static final Map<String, ServiceState> STATES = Map.ofEntries(
            Map.entry("1", ServiceState.STOPPED), Map.entry("2", ServiceState.START_PENDING), Map.entry("3", ServiceState.STOP_PENDING),
            Map.entry("4", ServiceState.RUNNING), Map.entry("5", ServiceState.CONTINUE_PENDING), Map.entry("6", ServiceState.PAUSE_PENDING),
            Map.entry("7", ServiceState.PAUSED),
            Map.entry("stopped", ServiceState.STOPPED), Map.entry("startpending", ServiceState.START_PENDING),
            Map.entry("stoppending", ServiceState.STOP_PENDING), Map.entry("running", ServiceState.RUNNING),
            Map.entry("continuepending", ServiceState.CONTINUE_PENDING), Map.entry("pausepending", ServiceState.PAUSE_PENDING),
            Map.entry("paused", ServiceState.PAUSED));
    private static final Map<String, StartMode> MODES = Map.ofEntries(
            Map.entry("0", StartMode.BOOT), Map.entry("1", StartMode.SYSTEM), Map.entry("2", StartMode.AUTOMATIC),
            Map.entry("3", StartMode.MANUAL), Map.entry("4", StartMode.DISABLED),
            Map.entry("boot", StartMode.BOOT), Map.entry("system", StartMode.SYSTEM), Map.entry("automatic", StartMode.AUTOMATIC),
            Map.entry("manual", StartMode.MANUAL), Map.entry("disabled", StartMode.DISABLED));

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<Service> services = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            services.add(new Service(null, name, item.text("DisplayName"),
                    lookup(item, "Status", STATES), lookup(item, "StartType", MODES), null));
        }
        if (output.server() == null) {
            draft.services = services;
        } else {
            draft.remote(output.server()).services = services;
        }
    }

    private static <T> T lookup(PowerShellJson.Item item, String field, Map<String, T> values) throws UnusableOutputException {
        String raw = item.text(field);
        if (raw == null) {
            return null;
        }
        T value = values.get(raw.toLowerCase(java.util.Locale.ROOT));
        if (value == null) {
            throw item.at(field + " has an unknown value: " + raw);
        }
        return value;
    }
}
