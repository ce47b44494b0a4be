package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Service;
import org.mabsadvisor.facts.ServiceState;
import org.mabsadvisor.facts.StartMode;

/** services and volumes, of the MABS server and of protected servers (Get-Service, Win32_Volume). */
class ServicesAndVolumesParserTest {

    @Test
    void windowsPowerShellWritesServiceStatesAsNumbers() throws Exception {
        List<Service> services = Outputs.parse(Outputs.fixture("services", "services-ps51.json")).services;
        assertEquals(6, services.size());
        assertEquals(new Service(null, "obengine", "Microsoft Azure Recovery Services Agent", ServiceState.STOPPED, StartMode.MANUAL, null),
                services.get(3));
        assertEquals(ServiceState.PAUSED, services.get(4).state());
        assertEquals(StartMode.DISABLED, services.get(4).startMode());
        assertEquals(ServiceState.START_PENDING, services.get(5).state());
        assertEquals(StartMode.AUTOMATIC, services.get(0).startMode());
    }

    @Test
    void oneServiceIsOneObjectAndPowerShell7WritesNames() throws Exception {
        List<Service> one = Outputs.parse(Outputs.fixture("services", "services-single.json")).services;
        assertEquals(List.of(new Service(null, "VSS", "Cliché instantané des volumes", ServiceState.RUNNING, StartMode.MANUAL, null)), one);
        List<Service> named = Outputs.parse(Outputs.fixture("services", "services-ps7.json")).services;
        assertEquals(StartMode.DISABLED, named.get(1).startMode());
        assertEquals(ServiceState.RUNNING, named.get(0).state());
    }

    @Test
    void noServiceFoundIsAnEmptyList() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.text("services", "")).services);
    }

    @Test
    void brokenServiceOutputsAreLocated() {
        UnusableOutputException unknown = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("services", "services-unknown-status.json")));
        assertEquals(8, unknown.line());
        assertTrue(unknown.getMessage().contains("Status has an unknown value: 9"), unknown.getMessage());
        UnusableOutputException cut = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("services", "services-truncated.json")));
        assertEquals(10, cut.line());
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("services", "[{\"DisplayName\": \"no name\"}]")));
        UnusableOutputException failed = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.failed("services", 1, "Access is denied", "UnauthorizedAccess")));
        assertEquals("the command failed (exit code 1): Access is denied", failed.getMessage());
    }

    @Test
    void aProtectedServersServicesGoToThatServer() throws Exception {
        FactsDraft draft = Outputs.parse(Outputs.remoteFixture("ps-services", "SQL01.contoso.local", "services-single.json"));
        assertNull(draft.services);
        assertEquals("VSS", draft.remote("SQL01.contoso.local").services.get(0).name());
    }

    @Test
    void volumesWithoutADriveOrFolderAreLeftOut() throws Exception {
        List<FactsDraft.LocalVolume> volumes = Outputs.parse(Outputs.fixture("volumes", "volumes.json")).volumes;
        assertEquals(List.of("C:\\", "E:\\Mounts\\Scratch\\", "F:\\"), volumes.stream().map(FactsDraft.LocalVolume::mount).toList());
        assertEquals(new FactsDraft.LocalVolume("E:\\Mounts\\Scratch\\", "Scratch", "NTFS", 536870912000L, 21474836480L), volumes.get(1));
        assertNull(volumes.get(2).freeBytes());
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("volumes", "{\"Name\": \"C:\\\\\", \"Capacity\": -1}")));
    }
}
