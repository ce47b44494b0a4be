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
    'Report' = 'mars-cache-broken.report.json'
    'Host' = 'MABS01'
    'Step1.Rule' = 'CAUSE-SCRATCH-LOCATIONS-DIFFER'
    'Step1.Title' = 'The two registry values that locate the MARS scratch folder disagree'
    'Step1.Text' = 'Find the folder the agent really uses (the one that holds OnlineBackup.KEK and the metadata VHD).'
    'Step2.Rule' = 'CAUSE-SCRATCH-LOCATIONS-DIFFER'
    'Step2.Title' = 'The two registry values that locate the MARS scratch folder disagree'
    'Step2.Text' = 'Stop the agent''s engine before touching the folder.'
    'Step2.Command' = 'net stop obengine'
    'Step3.Rule' = 'CAUSE-SCRATCH-LOCATIONS-DIFFER'
    'Step3.Title' = 'The two registry values that locate the MARS scratch folder disagree'
    'Step3.Text' = 'Set both ScratchLocation values to that folder, then start the engine again.'
    'Step3.Command' = 'net start obengine'
    'Step4.Rule' = 'CAUSE-SCRATCH-SHORT-OF-SPACE'
    'Step4.Title' = 'The volume of the MARS scratch folder is short of free space'
    'Step4.Text' = 'Free space on S:\, grow it, or move the scratch folder to a larger local volume.'
    'Step5.Rule' = 'CAUSE-SCRATCH-UNSUPPORTED-ATTRIBUTES'
    'Step5.Title' = 'The MARS scratch folder has an attribute the agent does not support'
    'Step5.Text' = 'Clear the encryption, compression, sparse or reparse-point attribute of the folder and its files, or move the folder to a plain NTFS folder on a volume without deduplication.'
    'Step6.Rule' = 'CAUSE-SHADOW-STORAGE-NEARLY-FULL'
    'Step6.Title' = 'The shadow copy storage of a volume is nearly full'
    'Step6.Text' = 'Raise the maximum shadow copy storage of the volume.'
    'Step6.Command' = 'vssadmin resize shadowstorage /For=F:\ /On=F:\ /MaxSize=<size>'
    'Step6.Why' = 'a placeholder is left in the command'
    'Step7.Rule' = 'MARS-05'
    'Step7.Title' = 'OnlineBackup.KEK is missing from the MARS scratch folder'
    'Step7.Text' = 'Bring OnlineBackup.KEK back into the scratch folder from the folder the agent used before, if the folder was moved.'
    'Step8.Rule' = 'MARS-05'
    'Step8.Title' = 'OnlineBackup.KEK is missing from the MARS scratch folder'
    'Step8.Text' = 'Install the latest MARS agent, then run the activation or registration again.'
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
Write-Host ('  {0}. [{1}] {2}' -f 5, $MabsData['Step5.Rule'], $MabsData['Step5.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 6, $MabsData['Step6.Rule'], $MabsData['Step6.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 7, $MabsData['Step7.Rule'], $MabsData['Step7.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 8, $MabsData['Step8.Rule'], $MabsData['Step8.Text'])
if (-not $Apply) {
    Write-Host 'Nothing was changed. Run again with -Apply (and -WhatIf to see what each step would do, -Confirm to confirm each one).'
    return
}

try {
    Write-MabsManual -Number 1 -Key 'Step1'
    Write-MabsManual -Number 2 -Key 'Step2'
    Write-MabsManual -Number 3 -Key 'Step3'
    Write-MabsManual -Number 4 -Key 'Step4'
    Write-MabsManual -Number 5 -Key 'Step5'
    Write-MabsManual -Number 6 -Key 'Step6'
    Write-MabsManual -Number 7 -Key 'Step7'
    Write-MabsManual -Number 8 -Key 'Step8'
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
