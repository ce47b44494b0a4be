package org.mabsadvisor.remediation;

import java.util.Map;

/**
 * The cmdlets a remediation may run on a MABS server, each with how much it changes: a rule's
 * {@code fix} naming any other cmdlet is refused when the rules load, and a report naming one is
 * refused when a script is made. Kept short on purpose: every one of them is reviewed for what it
 * can do with the parameters a rule binds to facts.
 */
public final class Cmdlets {

    /** How much a step changes the server: {@code High} ones are confirmed one by one, whatever -Confirm says. */
    public enum Impact { Medium, High }

    private static final Map<String, Impact> ALLOWED = Map.ofEntries(
            Map.entry("Start-Service", Impact.Medium),
            Map.entry("Restart-Service", Impact.Medium),
            Map.entry("Set-Service", Impact.Medium),
            Map.entry("Set-ItemProperty", Impact.Medium),
            Map.entry("New-ItemProperty", Impact.Medium),
            Map.entry("New-Item", Impact.Medium),
            Map.entry("Install-WindowsFeature", Impact.Medium),
            Map.entry("Enable-ScheduledTask", Impact.Medium),
            // Only ever adds one exclusion to Microsoft Defender Antivirus (Fix allows no other parameter),
            // and adding one that is already there changes nothing.
            Map.entry("Add-MpPreference", Impact.Medium),
            Map.entry("Remove-ItemProperty", Impact.High),
            Map.entry("Unregister-ScheduledTask", Impact.High));

    private Cmdlets() {
    }

    /** The impact of an allowed cmdlet, spelled as the allow-list spells it; null when it is not allowed. */
    public static Impact impactOf(String cmdlet) {
        return cmdlet == null ? null : ALLOWED.get(cmdlet);
    }

    /** The allowed cmdlets, sorted, for messages. */
    public static String allowed() {
        return String.join(", ", new java.util.TreeSet<>(ALLOWED.keySet()));
    }
}
