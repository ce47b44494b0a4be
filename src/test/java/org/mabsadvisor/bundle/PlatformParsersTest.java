package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.ReportingServicesInstance;
import org.mabsadvisor.facts.SqlServerInstance;

/** The platform specs: operating system and domain role, hardware, installation type, SQL Server, Reporting Services, protected servers' architecture. */
class PlatformParsersTest {

    @Test
    void theOperatingSystemInEnglishAndFrench() throws Exception {
        assertEquals(new FactsDraft.OperatingSystem("Microsoft Windows Server 2022 Standard", "10.0.20348", "64-bit"),
                Outputs.parse(Outputs.fixture("operating-system", "operating-system-en.json")).operatingSystem);
        assertEquals(new FactsDraft.OperatingSystem("Microsoft Windows Server 2019 Datacenter", "10.0.17763", "64-bit"),
                Outputs.parse(Outputs.fixture("operating-system", "operating-system-fr.json")).operatingSystem, "French writes 64 bits");
        assertNull(Outputs.parse(Outputs.fixture("operating-system", "operating-system.json")).operatingSystem.architecture(),
                "an older bundle without OSArchitecture leaves it unknown");
        assertEquals("32-bit", OperatingSystemParser.architecture("32 bits"));
        assertNull(OperatingSystemParser.architecture("ARM 64-bit Processor"));
    }

    @Test
    void theDomainRole() throws Exception {
        assertEquals("primaryDomainController", Outputs.parse(Outputs.fixture("computer-system", "computer-system-dc.json")).domainRole);
        assertNull(Outputs.parse(Outputs.fixture("computer-system", "computer-system-domain.json")).domainRole, "not in older bundles");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("computer-system", "{\"Name\": \"MABS01\", \"DomainRole\": 7}")));
    }

    @Test
    void coresAndMemory() throws Exception {
        assertEquals(new FactsDraft.Hardware(8L, 34359738368L), Outputs.parse(Outputs.fixture("hardware", "hardware.json")).hardware);
        assertEquals(new FactsDraft.Hardware(2L, null), Outputs.parse(Outputs.text("hardware", "{\"Cores\": 2, \"MemoryBytes\": 0}")).hardware,
                "no memory module listed is unknown memory, not none");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("hardware", "{\"Cores\": 0}")));
    }

    @Test
    void theInstallationTypeIsARegistryValue() throws Exception {
        assertEquals(List.of(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "InstallationType", "REG_SZ", "Server", true)),
                Outputs.parse(Outputs.fixture("registry-installation-type", "registry-installation-type-en.txt")).registry);
        assertEquals("Server Core",
                Outputs.parse(Outputs.fixture("registry-installation-type", "registry-installation-type-fr.txt")).registry.get(0).value());
    }

    @Test
    void theSqlServerInstance() throws Exception {
        assertEquals(new SqlServerInstance("2022", "16.0.4135.4", "RTM", "Standard Edition (64-bit)", true, "MSDPM2012", "MABS01", true),
                Outputs.parse(Outputs.fixture("sql-instance", "sql-instance-en.json")).sqlServer);
        assertEquals(new SqlServerInstance("2014", "12.0.4100.1", "SP1", "Express Edition (64-bit)", true, "MSDPM2012", "SQL02", false),
                Outputs.parse(Outputs.fixture("sql-instance", "sql-instance-fr.json")).sqlServer);
        assertEquals(Boolean.FALSE, SqlInstanceParser.is64Bit("Standard Edition", "Microsoft SQL Server 2014 - 12.0.2000.8 (Intel X86)"));
        assertNull(SqlInstanceParser.is64Bit("Standard Edition", null));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("sql-instance", 1,
                "The term 'Invoke-Sqlcmd' is not recognized as the name of a cmdlet, function, script file, or operable program.",
                "CommandNotFoundException")));
    }

    @Test
    void reportingServicesInstances() throws Exception {
        assertEquals(List.of(new ReportingServicesInstance("SSRS", true, "ReportServer$MSDPM2012", "ReportServer_MSDPM2012", "Reports_MSDPM2012",
                "NT AUTHORITY\\NetworkService")), Outputs.parse(Outputs.fixture("reporting-services", "reporting-services-en.json")).reportingServices);
        List<ReportingServicesInstance> fr = Outputs.parse(Outputs.fixture("reporting-services", "reporting-services-fr.json")).reportingServices;
        assertEquals(new ReportingServicesInstance("MSDPM2012", false, null, null, null, "AUTORITE NT\\SERVICE RÉSEAU"), fr.get(0),
                "blank settings of an instance never configured are unknown");
        assertEquals(2, fr.size());
        assertEquals(List.of(), Outputs.parse(Outputs.text("reporting-services", "")).reportingServices, "no namespace: no instance");
    }

    @Test
    void aProtectedServersArchitectureAndAgentVersion() throws Exception {
        FactsDraft en = Outputs.parse(Outputs.remoteFixture("ps-operating-system", "FS01.contoso.local", "ps-operating-system-en.json"));
        assertEquals("64-bit", en.remote("FS01.contoso.local").architecture);
        assertEquals("14.0.46.0", en.remote("FS01.contoso.local").agentVersion);
        FactsDraft fr = Outputs.parse(Outputs.remoteFixture("ps-operating-system", "WKS-LABO02", "ps-operating-system-fr.json"));
        assertEquals("32-bit", fr.remote("WKS-LABO02").architecture);
        assertNull(fr.remote("WKS-LABO02").agentVersion);
    }
}
