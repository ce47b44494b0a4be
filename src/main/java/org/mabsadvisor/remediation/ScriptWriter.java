package org.mabsadvisor.remediation;

import static org.mabsadvisor.remediation.PowerShellText.comment;
import static org.mabsadvisor.remediation.PowerShellText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.report.ActionFix;

/**
 * Writes the Windows PowerShell 5.1 script of a plan. The code is the tool's and the rules': every
 * value from the report (titles, texts, service names, paths) goes into one data table of
 * single-quoted literals, and reaches a step as a validated parameter. The script changes nothing
 * without -Apply; each step checks first that the state that raised its finding still holds.
 */
public final class ScriptWriter {

    /** The comment that ends the script: what to do after it, for a reader who only skims it. */
    static final String RESOLVED_HINT = "mabs-advisor analyze NEWBUNDLE --baseline REPORT.json";

    private final ScriptWords words;

    public ScriptWriter(ScriptWords words) {
        this.words = words;
    }

    /** The script; {@code reportName} is the report's file name, shown in messages and in the closing hint. */
    public String write(RemediationPlan plan, String reportName) {
        StringBuilder out = new StringBuilder();
        Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("Report", reportName);
        data.put("Host", plan.host());
        for (Step s : plan.steps()) {
            String k = "Step" + s.number() + ".";
            data.put(k + "Rule", s.ruleId());
            data.put(k + "Title", s.title());
            if (s.text() != null) {
                data.put(k + "Text", s.text());
            }
            if (s.command() != null && !s.runs()) {
                data.put(k + "Command", s.command());
            }
            if (s.why() != null) {
                data.put(k + "Why", s.why());
            }
            if (s.runs()) {
                s.fix().parameters().forEach((name, value) -> data.put(k + name, value));
            }
        }
        line(out, "#Requires -Version 5.1");
        line(out, "# " + comment(words.header()));
        line(out, "# mabs-advisor remediate (" + words.language() + ")");
        line(out, "[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]");
        line(out, "param(");
        line(out, "    [switch] $Apply,");
        line(out, "    [string] $CollectorPath = (Join-Path -Path $PSScriptRoot -ChildPath 'Collect-MabsFacts.ps1'),");
        line(out, "    [string] $OutputDirectory = $PSScriptRoot");
        line(out, ")");
        // Version 1 only: version 2 makes reading a property of a missing registry value an error in a pre-check.
        line(out, "Set-StrictMode -Version 1.0");
        line(out, "$ErrorActionPreference = 'Stop'");
        line(out, "");
        line(out, "# " + comment(words.data()));
        line(out, "$MabsData = @{");
        data.forEach((key, value) -> line(out, "    " + literal(key) + " = " + literal(value == null ? "" : value)));
        line(out, "}");
        line(out, "");
        line(out, "function Write-MabsManual {");
        line(out, "    param([string] $Number, [string] $Key)");
        line(out, "    Write-Host ('{0}. ' -f $Number) -NoNewline");
        line(out, "    Write-Host " + literal(words.manual()));
        line(out, "    foreach ($part in 'Text', 'Command', 'Why') {");
        line(out, "        $name = '{0}.{1}' -f $Key, $part");
        line(out, "        if ($MabsData.ContainsKey($name)) { Write-Host ('    ' + $MabsData[$name]) }");
        line(out, "    }");
        line(out, "}");
        for (Step s : plan.steps()) {
            if (s.runs()) {
                function(out, s);
            }
        }
        line(out, "");
        line(out, "Write-Host " + literal(words.listing()));
        for (Step s : plan.steps()) {
            line(out, "Write-Host ('  {0}. [{1}] {2}' -f " + s.number() + ", $MabsData['Step" + s.number() + ".Rule'], $MabsData['Step"
                    + s.number() + "." + (s.text() != null ? "Text" : "Title") + "'])");
        }
        if (plan.steps().isEmpty()) {
            line(out, "Write-Host " + literal(words.nothing()));
        }
        line(out, "if (-not $Apply) {");
        line(out, "    Write-Host " + literal(words.noApply()));
        line(out, "    return");
        line(out, "}");
        line(out, "");
        line(out, "try {");
        for (Step s : plan.steps()) {
            if (s.runs()) {
                StringBuilder call = new StringBuilder("    Invoke-MabsStep" + s.number());
                for (String name : s.fix().parameters().keySet()) {
                    call.append(" -").append(name).append(" $MabsData['Step").append(s.number()).append('.').append(name).append("']");
                }
                line(out, call.toString());
            } else {
                line(out, "    Write-MabsManual -Number " + s.number() + " -Key 'Step" + s.number() + "'");
            }
        }
        line(out, "} catch {");
        line(out, "    Write-Warning (" + literal(words.failed() + " ") + " + $_.Exception.Message)");
        line(out, "    return");
        line(out, "}");
        line(out, "");
        line(out, "# " + comment(words.collector()));
        line(out, "if ($WhatIfPreference) {");
        line(out, "    Write-Host " + literal(words.whatIfCollector()));
        line(out, "} elseif (-not (Test-Path -LiteralPath $CollectorPath -PathType Leaf)) {");
        line(out, "    Write-Warning " + literal(words.noCollector()));
        line(out, "} else {");
        line(out, "    Write-Host " + literal(words.collector()));
        line(out, "    & $CollectorPath -OutputDirectory $OutputDirectory");
        line(out, "}");
        line(out, "# " + comment(words.compare()));
        line(out, "#   " + RESOLVED_HINT);
        line(out, "Write-Host " + literal(words.compare()));
        line(out, "Write-Host ('    mabs-advisor analyze NEWBUNDLE --baseline {0}' -f $MabsData['Report'])");
        return out.toString();
    }

    private void function(StringBuilder out, Step s) {
        ActionFix fix = s.fix();
        int n = s.number();
        line(out, "");
        line(out, "# " + words.step() + " " + n + ": " + comment(s.ruleId()) + " - " + comment(s.title()));
        if (s.reference() != null) {
            line(out, "# " + comment(s.reference()));
        }
        if (s.onProtectedServer()) {
            line(out, "# " + comment(words.onProtected()));
        }
        line(out, "function Invoke-MabsStep" + n + " {");
        line(out, "    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = '" + (s.high() ? "High" : "Medium") + "')]");
        line(out, "    param(");
        List<String> params = new ArrayList<>();
        for (String name : fix.parameters().keySet()) {
            params.add("        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\\p{Cc}\\u2028\\u2029]' })] [string] $"
                    + name);
        }
        line(out, String.join(",\n", params));
        line(out, "    )");
        line(out, "    if (-not (" + fix.before() + ")) {");
        line(out, "        Write-Host ('" + n + ". ' + " + literal(words.skipped()) + ")");
        line(out, "        return");
        line(out, "    }");
        String target = fix.parameters().keySet().stream().findFirst().map(p -> "$" + p).orElse("'" + n + "'");
        String go = "$PSCmdlet.ShouldProcess(" + target + ", '" + fix.cmdlet() + "')";
        if (s.high()) {
            go += " -and $PSCmdlet.ShouldContinue(" + literal(words.confirmHigh()) + ", '" + fix.cmdlet() + "')";
        }
        line(out, "    if (-not (" + go + ")) {");
        line(out, "        Write-Host ('" + n + ". ' + " + literal(words.notConfirmed()) + ")");
        line(out, "        return");
        line(out, "    }");
        StringBuilder call = new StringBuilder("    " + fix.cmdlet());
        fix.parameters().keySet().forEach(p -> call.append(" -").append(p).append(" $").append(p));
        line(out, call.toString());
        if (fix.after() != null) {
            line(out, "    if (-not (" + fix.after() + ")) {");
            line(out, "        Write-Warning ('" + n + ". ' + " + literal(words.stillWrong()) + ")");
            line(out, "        return");
            line(out, "    }");
        }
        line(out, "    Write-Host ('" + n + ". ' + " + literal(words.done()) + ")");
        line(out, "}");
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
