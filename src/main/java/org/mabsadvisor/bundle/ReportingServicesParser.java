package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.ReportingServicesInstance;

/**
 * reporting-services: MSReportServer_ConfigurationSetting of every Reporting Services instance. No
 * output means no instance (the collector reads the namespace without failing when it is absent).
 */
final class ReportingServicesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<ReportingServicesInstance> instances = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            Boolean initialized = item.bool("IsInitialized");
            String name = item.text("InstanceName");
            if (name == null && initialized == null) {
                throw item.at("InstanceName and IsInitialized are missing");
            }
            instances.add(new ReportingServicesInstance(name, initialized, item.text("DatabaseName"),
                    item.text("VirtualDirectoryReportServer"), item.text("VirtualDirectoryReportManager"),
                    item.text("WindowsServiceIdentityActual")));
        }
        draft.reportingServices = instances;
    }
}
