package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.IscsiDevice;

/** The iSCSI initiator device (ROOT\ISCSIPRT) as Get-PnpDevice gives it on English and French Windows. */
class IscsiDevicesParserTest {

    @Test
    void aWorkingInitiatorIsKnownByItsStatusWhateverTheLanguage() throws Exception {
        List<IscsiDevice> english = Outputs.parse(Outputs.fixture("iscsi-devices", "iscsi-devices-en.json")).iscsiDevices;
        List<IscsiDevice> french = Outputs.parse(Outputs.fixture("iscsi-devices", "iscsi-devices-fr.json")).iscsiDevices;
        assertEquals(List.of(new IscsiDevice("Microsoft iSCSI Initiator", "SCSIAdapter", "OK", 0L, true)), english);
        assertEquals(List.of(new IscsiDevice("Initiateur iSCSI de Microsoft", "SCSIAdapter", "OK", 0L, true)), french);
        assertFalse(english.get(0).unknownDevice());
        assertFalse(french.get(0).unknownDevice());
    }

    @Test
    void anUnknownDeviceIsFoundByItsProblemCodeNotByItsTranslatedName() throws Exception {
        List<IscsiDevice> english = Outputs.parse(Outputs.fixture("iscsi-devices", "iscsi-devices-en-unknown.json")).iscsiDevices;
        assertEquals("Unknown Device", english.get(0).name());
        assertTrue(english.get(0).unknownDevice());
        List<IscsiDevice> french = Outputs.parse(Outputs.fixture("iscsi-devices", "iscsi-devices-fr-unknown.json")).iscsiDevices;
        assertEquals(2, french.size());
        assertEquals(new IscsiDevice("Périphérique inconnu", "SCSIAdapter", "Error", 28L, true), french.get(0));
        assertTrue(french.get(0).unknownDevice());
        assertFalse(french.get(1).unknownDevice(), "a device no longer present is not what Device Manager shows");
    }

    @Test
    void noOutputMeansNoSuchDevice() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.text("iscsi-devices", "")).iscsiDevices);
    }

    @Test
    void aDeviceWithoutStatusOrProblemCodeOrAFailedCommandIsUnusable() {
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("iscsi-devices",
                "{ \"FriendlyName\": \"Unknown Device\", \"Class\": \"SCSIAdapter\" }")));
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("iscsi-devices", 1,
                "Get-PnpDevice : The term 'Get-PnpDevice' is not recognized", "CommandNotFoundException")));
    }
}
