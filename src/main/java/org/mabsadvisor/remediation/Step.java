package org.mabsadvisor.remediation;

import org.mabsadvisor.report.ActionFix;

/**
 * One step of a remediation script, in plan order: an action of a finding or of a root cause, with
 * the rule that asked for it. {@code fix} is set when the step runs a reviewed cmdlet; otherwise
 * the step is printed for the administrator ({@code text}, {@code command}), and {@code why} says,
 * when it has a reason, why it is not run (a placeholder left, a value the facts lacked).
 */
public record Step(int number, String plan, String ruleId, String title, String reference, String text, String command,
        ActionFix fix, String why) {

    public boolean runs() {
        return fix != null;
    }

    /** Whether the step must be confirmed on its own, whatever -Confirm says. */
    public boolean high() {
        return fix != null && Cmdlets.Impact.High.name().equals(fix.impact());
    }

    public boolean onProtectedServer() {
        return fix != null && Fix.PROTECTED.equals(fix.runsOn());
    }
}
