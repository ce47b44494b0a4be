#Requires -Version 5.1
# Remediation script made by mabs-advisor from a report: review it before running it on the MABS server.
# mabs-advisor remediate (en)
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [switch] $Apply,
    [string] $CollectorPath = (Join-Path -Path $PSScriptRoot -ChildPath 'Collect-MabsFacts.ps1'),
    [string] $OutputDirectory = $PSScriptRoot
)
Set-StrictMode -Version 1.0
$ErrorActionPreference = 'Stop'

# Values that come from the report (names, paths, texts) are data: single-quoted literals, passed to the steps as parameters, never run as code.
$MabsData = @{
    'Report' = 'vault-credentials-invalid.report.json'
    'Host' = 'SRV-MABS02'
    'Step1.Rule' = 'CAUSE-VAULT-CREDENTIALS-REFUSED'
    'Step1.Title' = 'The vault refuses this server''s registration credentials'
    'Step1.Text' = 'Fix every machine cause this report confirms for the refusal (clock, Windows temp folder, Windows Azure Tools certificate, group policy); each is listed below under this cause.'
    'Step2.Rule' = 'CAUSE-VAULT-CREDENTIALS-REFUSED'
    'Step2.Title' = 'The vault refuses this server''s registration credentials'
    'Step2.Text' = 'Download a new vault credentials file from the Recovery Services vault in the Azure portal (the file is valid for a short time only).'
    'Step3.Rule' = 'CAUSE-VAULT-CREDENTIALS-REFUSED'
    'Step3.Title' = 'The vault refuses this server''s registration credentials'
    'Step3.Text' = 'Register the server again with the new file.'
    'Step4.Rule' = 'CAUSE-VAULT-CREDENTIALS-REFUSED'
    'Step4.Title' = 'The vault refuses this server''s registration credentials'
    'Step4.Text' = 'If it is refused again, save the file in another local folder and retry. | If it is still refused, create another vault and register the server to it.'
}

function Write-MabsManual {
    param([string] $Number, [string] $Key)
    Write-Host ('{0}. ' -f $Number) -NoNewline
    Write-Host 'to do by hand:'
    foreach ($part in 'Text', 'Command', 'Why') {
        $name = '{0}.{1}' -f $Key, $part
        if ($MabsData.ContainsKey($name)) { Write-Host ('    ' + $MabsData[$name]) }
    }
}

Write-Host 'Steps of this script (nothing is changed without -Apply):'
Write-Host ('  {0}. [{1}] {2}' -f 1, $MabsData['Step1.Rule'], $MabsData['Step1.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 2, $MabsData['Step2.Rule'], $MabsData['Step2.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 3, $MabsData['Step3.Rule'], $MabsData['Step3.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 4, $MabsData['Step4.Rule'], $MabsData['Step4.Text'])
if (-not $Apply) {
    Write-Host 'Nothing was changed. Run again with -Apply (and -WhatIf to see what each step would do, -Confirm to confirm each one).'
    return
}

try {
    Write-MabsManual -Number 1 -Key 'Step1'
    Write-MabsManual -Number 2 -Key 'Step2'
    Write-MabsManual -Number 3 -Key 'Step3'
    Write-MabsManual -Number 4 -Key 'Step4'
} catch {
    Write-Warning ('failed; the later steps were not run: ' + $_.Exception.Message)
    return
}

# Collecting the facts again, into a new bundle:
if ($WhatIfPreference) {
    Write-Host 'Under -WhatIf the collector is not run.'
} elseif (-not (Test-Path -LiteralPath $CollectorPath -PathType Leaf)) {
    Write-Warning 'The collector was not found at the path given by -CollectorPath; run it by hand.'
} else {
    Write-Host 'Collecting the facts again, into a new bundle:'
    & $CollectorPath -OutputDirectory $OutputDirectory
}
# Then compare with the report this script was made from; the fixed findings show as resolved:
#   mabs-advisor analyze NEWBUNDLE --baseline REPORT.json
Write-Host 'Then compare with the report this script was made from; the fixed findings show as resolved:'
Write-Host ('    mabs-advisor analyze NEWBUNDLE --baseline {0}' -f $MabsData['Report'])
