package org.mabsadvisor.remediation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable remediation of an action, as a rule's texts write it: one allowed cmdlet,
 * its parameters (a literal, or {@code $binding.field} to take the value from the facts the rule
 * matched), the condition that still holds while the problem does ({@code before}), optionally the
 * one that holds once fixed ({@code after}), and where it runs ({@code runsOn}: {@code server}, the
 * MABS server, or {@code protected}, a protected server the cmdlet reaches by a parameter).
 * Checked when the texts are read, so that a broken fix fails {@code rules validate} with its
 * file and line: {@code before} and {@code after} are code, and may only use the parameters as
 * {@code $Name} variables; fact values never reach code, only the script's parameter data.
 */
public record Fix(String cmdlet, Map<String, String> parameters, String before, String after, String runsOn) {

    /** Where a fix runs by default. */
    public static final String SERVER = "server";
    /** A fix that runs on (or against) a protected server. */
    public static final String PROTECTED = "protected";

    private static final Pattern PARAMETER = Pattern.compile("[A-Z][A-Za-z]{0,39}");
    private static final Pattern BINDING = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\{?)([A-Za-z_][A-Za-z0-9_:]*)");
    private static final int MAX_CONDITION = 300;

    public Fix {
        if (Cmdlets.impactOf(cmdlet) == null) {
            throw new IllegalArgumentException("fix: cmdlet '" + cmdlet + "' is not one a remediation may run; allowed: "
                    + Cmdlets.allowed());
        }
        parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (!PARAMETER.matcher(p.getKey()).matches()) {
                throw new IllegalArgumentException("fix: parameter name '" + p.getKey() + "' must be a PowerShell parameter name (letters, capitalised)");
            }
            if (p.getValue() == null || hasControl(p.getValue())) {
                throw new IllegalArgumentException("fix: parameter " + p.getKey() + " needs a value on one line");
            }
            if (p.getValue().startsWith("$") && !BINDING.matcher(p.getValue()).matches()) {
                throw new IllegalArgumentException("fix: parameter " + p.getKey() + " binds '" + p.getValue()
                        + "', which is not $binding or $binding.field");
            }
        }
        parameters = java.util.Collections.unmodifiableMap(parameters);
        if (cmdlet.equals("New-Item") && !parameters.getOrDefault("Path", "").startsWith("HKLM:\\")) {
            throw new IllegalArgumentException("fix: New-Item may only create registry keys: its Path must be a literal under HKLM:\\");
        }
        // Add-MpPreference can also change threat actions and attack surface rules: a fix may only add
        // one folder or process exclusion with it.
        if (cmdlet.equals("Add-MpPreference") && !(parameters.size() == 1
                && (parameters.containsKey("ExclusionPath") || parameters.containsKey("ExclusionProcess")))) {
            throw new IllegalArgumentException("fix: Add-MpPreference may only add an exclusion: one parameter, ExclusionPath or ExclusionProcess");
        }
        checkCondition("before", before, parameters, true);
        checkCondition("after", after, parameters, false);
        runsOn = runsOn == null ? SERVER : runsOn;
        if (!runsOn.equals(SERVER) && !runsOn.equals(PROTECTED)) {
            throw new IllegalArgumentException("fix: runsOn must be '" + SERVER + "' or '" + PROTECTED + "', not '" + runsOn + "'");
        }
    }

    /** Whether a parameter takes its value from the facts. */
    public static boolean isBinding(String value) {
        return value.startsWith("$");
    }

    /** How much this fix changes the server. */
    public Cmdlets.Impact impact() {
        return Cmdlets.impactOf(cmdlet);
    }

    private static void checkCondition(String name, String code, Map<String, String> parameters, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("fix: '" + name + "' is required: the check that the problem still holds, run before the fix");
            }
            return;
        }
        if (code.length() > MAX_CONDITION || hasControl(code) || code.contains(";") || code.contains("`") || code.contains("{")) {
            throw new IllegalArgumentException("fix: '" + name + "' must be one expression on one line (no ';', '`', '{', "
                    + "at most " + MAX_CONDITION + " characters); facts reach it only as parameters");
        }
        Matcher m = VARIABLE.matcher(code);
        while (m.find()) {
            String variable = m.group(2);
            boolean known = parameters.keySet().stream().anyMatch(p -> p.equalsIgnoreCase(variable))
                    || variable.equalsIgnoreCase("null") || variable.equalsIgnoreCase("true") || variable.equalsIgnoreCase("false")
                    || variable.equals("_");
            if (!known || !m.group(1).isEmpty()) {
                throw new IllegalArgumentException("fix: '" + name + "' uses $" + variable
                        + "; it may only use the fix's parameters ($" + String.join(", $", parameters.keySet()) + ")");
            }
        }
    }

    /** Control characters, and the Unicode line and paragraph separators, which end a line for some readers. */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }
}
