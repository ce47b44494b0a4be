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
    'Report' = 'antivirus-without-exclusions.report.json'
    'Host' = 'MABS01'
    'Step1.Rule' = 'CAUSE-MABS-ANTIVIRUS-NOT-TUNED'
    'Step1.Title' = 'The antivirus scans MABS''s own files in real time'
    'Step1.Text' = 'Exclude the XSD folder of MABS (C:\Program Files\Microsoft Azure Backup Server\DPM\DPM\XSD) from real-time scanning. With Microsoft Defender Antivirus:'
    'Step1.ExclusionPath' = 'C:\Program Files\Microsoft Azure Backup Server\DPM\DPM\XSD'
    'Step2.Rule' = 'CAUSE-MABS-ANTIVIRUS-NOT-TUNED'
    'Step2.Title' = 'The antivirus scans MABS''s own files in real time'
    'Step2.Text' = 'Exclude its Temp folder (C:\Program Files\Microsoft Azure Backup Server\DPM\DPM\Temp):'
    'Step2.ExclusionPath' = 'C:\Program Files\Microsoft Azure Backup Server\DPM\DPM\Temp'
    'Step3.Rule' = 'CAUSE-MABS-ANTIVIRUS-NOT-TUNED'
    'Step3.Title' = 'The antivirus scans MABS''s own files in real time'
    'Step3.Text' = 'Exclude the protection agent process C:\Program Files\Microsoft Azure Backup Server\DPM\DPM\bin\dpmra.exe:'
    'Step3.ExclusionProcess' = 'C:\Program Files\Microsoft Azure Backup Server\DPM\DPM\bin\dpmra.exe'
    'Step4.Rule' = 'CAUSE-MABS-ANTIVIRUS-NOT-TUNED'
    'Step4.Title' = 'The antivirus scans MABS''s own files in real time'
    'Step4.Text' = 'In the same change of the antivirus policy, add every other exclusion the findings below list (storage volume drive, csc.exe, cbengine.exe, MARS folders).'
    'Step5.Rule' = 'CAUSE-MABS-ANTIVIRUS-NOT-TUNED'
    'Step5.Title' = 'The antivirus scans MABS''s own files in real time'
    'Step5.Text' = 'Set the antivirus to delete infected files rather than clean or quarantine them.'
    'Step6.Rule' = 'CAUSE-MABS-ANTIVIRUS-NOT-TUNED'
    'Step6.Title' = 'The antivirus scans MABS''s own files in real time'
    'Step6.Text' = 'Run a synchronization with consistency check of the protection groups whose jobs failed meanwhile.'
    'Step7.Rule' = 'CAUSE-SCRATCH-SCANNED'
    'Step7.Title' = 'Real-time antivirus scanning can lock the MARS scratch folder'
    'Step7.Text' = 'Exclude from real-time scanning every file of the scratch folder (E:\MARS\Scratch) and of the agent''s Bin folder, and the process C:\Program Files\Microsoft Azure Backup Server\DPM\MARS\Microsoft Azure Recovery Services Agent\bin\cbengine.exe.'
    'Step8.Rule' = 'AV-08'
    'Step8.Title' = 'The antivirus removed a file from a MABS replica'
    'Step8.Text' = 'In the MABS console (Protection), run a synchronization with consistency check of the data source whose replica held the file, even if the replica is already marked inconsistent.'
    'Step9.Rule' = 'AV-08'
    'Step9.Title' = 'The antivirus removed a file from a MABS replica'
    'Step9.Text' = 'In Monitoring, Jobs, follow that job to its end and check that it succeeded.'
    'Step10.Rule' = 'AV-08'
    'Step10.Title' = 'The antivirus removed a file from a MABS replica'
    'Step10.Text' = 'Set the antivirus to delete infected files and add the MABS exclusions (see the other AV findings), so that it stops acting on replicas.'
    'Step11.Rule' = 'AV-06'
    'Step11.Title' = 'A protected server scans the protection agent (dpmra.exe) in real time'
    'Step11.Text' = 'On every protected server listed in the evidence, exclude the protection agent process from real-time scanning. With Microsoft Defender Antivirus:'
    'Step11.Command' = 'Add-MpPreference -ExclusionProcess "C:\Program Files\Microsoft Data Protection Manager\DPM\bin\dpmra.exe"'
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

# Step 1: CAUSE-MABS-ANTIVIRUS-NOT-TUNED - The antivirus scans MABS's own files in real time
function Invoke-MabsStep1 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $ExclusionPath
    )
    if (-not ($null -ne (Get-Command -Name Get-MpPreference -ErrorAction SilentlyContinue) -and (Get-MpComputerStatus -ErrorAction SilentlyContinue).RealTimeProtectionEnabled -and (Get-MpPreference -ErrorAction SilentlyContinue).ExclusionPath -notcontains $ExclusionPath)) {
        Write-Host ('1. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($ExclusionPath, 'Add-MpPreference'))) {
        Write-Host ('1. ' + 'not run: not confirmed.')
        return
    }
    Add-MpPreference -ExclusionPath $ExclusionPath
    if (-not ((Get-MpPreference).ExclusionPath -contains $ExclusionPath)) {
        Write-Warning ('1. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('1. ' + 'done.')
}

# Step 2: CAUSE-MABS-ANTIVIRUS-NOT-TUNED - The antivirus scans MABS's own files in real time
function Invoke-MabsStep2 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $ExclusionPath
    )
    if (-not ($null -ne (Get-Command -Name Get-MpPreference -ErrorAction SilentlyContinue) -and (Get-MpComputerStatus -ErrorAction SilentlyContinue).RealTimeProtectionEnabled -and (Get-MpPreference -ErrorAction SilentlyContinue).ExclusionPath -notcontains $ExclusionPath)) {
        Write-Host ('2. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($ExclusionPath, 'Add-MpPreference'))) {
        Write-Host ('2. ' + 'not run: not confirmed.')
        return
    }
    Add-MpPreference -ExclusionPath $ExclusionPath
    if (-not ((Get-MpPreference).ExclusionPath -contains $ExclusionPath)) {
        Write-Warning ('2. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('2. ' + 'done.')
}

# Step 3: CAUSE-MABS-ANTIVIRUS-NOT-TUNED - The antivirus scans MABS's own files in real time
function Invoke-MabsStep3 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $ExclusionProcess
    )
    if (-not ($null -ne (Get-Command -Name Get-MpPreference -ErrorAction SilentlyContinue) -and (Get-MpComputerStatus -ErrorAction SilentlyContinue).RealTimeProtectionEnabled -and (Get-MpPreference -ErrorAction SilentlyContinue).ExclusionProcess -notcontains $ExclusionProcess)) {
        Write-Host ('3. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($ExclusionProcess, 'Add-MpPreference'))) {
        Write-Host ('3. ' + 'not run: not confirmed.')
        return
    }
    Add-MpPreference -ExclusionProcess $ExclusionProcess
    if (-not ((Get-MpPreference).ExclusionProcess -contains $ExclusionProcess)) {
        Write-Warning ('3. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('3. ' + 'done.')
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
Write-Host ('  {0}. [{1}] {2}' -f 9, $MabsData['Step9.Rule'], $MabsData['Step9.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 10, $MabsData['Step10.Rule'], $MabsData['Step10.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 11, $MabsData['Step11.Rule'], $MabsData['Step11.Text'])
if (-not $Apply) {
    Write-Host 'Nothing was changed. Run again with -Apply (and -WhatIf to see what each step would do, -Confirm to confirm each one).'
    return
}

try {
    Invoke-MabsStep1 -ExclusionPath $MabsData['Step1.ExclusionPath']
    Invoke-MabsStep2 -ExclusionPath $MabsData['Step2.ExclusionPath']
    Invoke-MabsStep3 -ExclusionProcess $MabsData['Step3.ExclusionProcess']
    Write-MabsManual -Number 4 -Key 'Step4'
    Write-MabsManual -Number 5 -Key 'Step5'
    Write-MabsManual -Number 6 -Key 'Step6'
    Write-MabsManual -Number 7 -Key 'Step7'
    Write-MabsManual -Number 8 -Key 'Step8'
    Write-MabsManual -Number 9 -Key 'Step9'
    Write-MabsManual -Number 10 -Key 'Step10'
    Write-MabsManual -Number 11 -Key 'Step11'
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
