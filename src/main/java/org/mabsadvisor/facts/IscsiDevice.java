package org.mabsadvisor.facts;

/**
 * A Plug and Play device of the MABS server with hardware id {@code ROOT\ISCSIPRT}: the Microsoft
 * iSCSI Initiator that the MARS agent mounts recovery volumes through. When its driver is missing,
 * Device Manager lists it as an unknown device under Storage controllers. Its name is in the
 * language of Windows, so the state is judged on the language-neutral status and problem code.
 */
public record IscsiDevice(String name, String deviceClass, String status, Long problemCode, Boolean present) {

    /** The hardware id the MARS agent article names for the iSCSI initiator. */
    public static final String HARDWARE_ID = "ROOT\\ISCSIPRT";

    /**
     * True only when the device is present and known not to work: a non-zero Device Manager problem
     * code, or a status other than OK. A device left over from an earlier install (not present) is not
     * what Device Manager shows, so it says nothing.
     */
    public boolean unknownDevice() {
        if (Boolean.FALSE.equals(present)) {
            return false;
        }
        return problemCode != null && problemCode != 0 || status != null && !status.equalsIgnoreCase("OK");
    }
}
