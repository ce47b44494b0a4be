package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.IscsiDevice;

/**
 * iscsi-devices: Get-PnpDevice filtered on hardware ID ROOT\ISCSIPRT, with FriendlyName, Class,
 * Status, ConfigManagerErrorCode and Present. The name is in the language of Windows ("Microsoft
 * iSCSI Initiator", "Initiateur iSCSI de Microsoft", "Unknown Device", "Périphérique inconnu") and
 * is kept only for the report; Status (OK, Error, Degraded, Unknown) and the problem code are the
 * same in every language. No output means that no such device exists.
 */
final class IscsiDevicesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<IscsiDevice> devices = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            Long problem = item.number("ConfigManagerErrorCode");
            if (problem != null && problem < 0) {
                throw item.at("ConfigManagerErrorCode is negative: " + problem);
            }
            String status = item.text("Status");
            if (status == null && problem == null) {
                throw item.at("neither Status nor ConfigManagerErrorCode is given");
            }
            devices.add(new IscsiDevice(item.text("FriendlyName"), item.text("Class"), status, problem, item.bool("Present")));
        }
        draft.iscsiDevices = devices;
    }
}
