package org.mabsadvisor.bundle;

/** hardware: the processor cores (NumberOfCores of Win32_Processor) and installed memory (Capacity of Win32_PhysicalMemory), summed. */
final class HardwareParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        Long cores = item.number("Cores");
        Long memory = item.number("MemoryBytes");
        if (cores != null && cores < 1 || memory != null && memory < 0) {
            throw item.at("Cores or MemoryBytes out of range: " + cores + ", " + memory);
        }
        // Measure-Object sums nothing to 0 when the class returns no instance: that is "unknown", not zero.
        draft.hardware = new FactsDraft.Hardware(cores, memory != null && memory == 0 ? null : memory);
    }
}
