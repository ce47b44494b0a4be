package org.mabsadvisor.rules;

import java.util.stream.Collectors;
import org.mabsadvisor.facts.VmwareVm;

/**
 * The disks of a protected VMware VM, for evidence texts.
 *
 * <pre>{@code DataSource( vmware != null, vmware.hasIndependentDisk(), $disks : VmwareDisks.independentDiskNames(vmware) )}</pre>
 */
public final class VmwareDisks {
    private VmwareDisks() {
    }

    /** The names of the disks known to be in an independent mode, comma separated ("" when none or unknown). */
    public static String independentDiskNames(VmwareVm vm) {
        if (vm == null || vm.disks() == null) {
            return "";
        }
        return vm.disks().stream()
                .filter(d -> d != null && d.mode() != null && d.mode().isIndependent())
                .map(d -> d.name() == null || d.name().isBlank() ? "?" : d.name())
                .collect(Collectors.joining(", "));
    }
}
