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
    'Report' = 'replica-inconsistent.report.json'
    'Host' = 'MABS01'
    'Step1.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step1.Title' = 'A disk replica is inconsistent, so its backups (disk and online) cannot proceed'
    'Step1.Text' = 'First fix what the findings below point at on the protected server and the MABS server (VSS, Windows Server Backup, storage pool space, automatic consistency check).'
    'Step2.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step2.Title' = 'A disk replica is inconsistent, so its backups (disk and online) cannot proceed'
    'Step2.Text' = 'If a finding below reports the Volume Shadow Copy service disabled on the protected server, set it to start manually there.'
    'Step2.Name' = 'VSS'
    'Step2.ComputerName' = 'FS01.contoso.local'
    'Step2.StartupType' = 'Manual'
    'Step3.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step3.Title' = 'A disk replica is inconsistent, so its backups (disk and online) cannot proceed'
    'Step3.Text' = 'If it reports that service stopped, start it.'
    'Step3.Name' = 'VSS'
    'Step3.ComputerName' = 'FS01.contoso.local'
    'Step3.Status' = 'Running'
    'Step4.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step4.Title' = 'A disk replica is inconsistent, so its backups (disk and online) cannot proceed'
    'Step4.Text' = 'If a finding below reports Windows Server Backup missing on the protected server, install it there.'
    'Step4.Name' = 'Windows-Server-Backup'
    'Step4.ComputerName' = 'FS01.contoso.local'
    'Step5.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step5.Title' = 'A disk replica is inconsistent, so its backups (disk and online) cannot proceed'
    'Step5.Text' = 'In the MABS console, run a synchronization with consistency check of the data source.'
    'Step6.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step6.Title' = 'A disk replica is inconsistent, so its backups (disk and online) cannot proceed'
    'Step6.Text' = 'Check that the job ends well and the replica shows as consistent, then run the failed online backup again.'
    'Step7.Rule' = 'RI-03'
    'Step7.Title' = 'A replica was reported inconsistent while the storage pool is short of free space'
    'Step7.Text' = 'Add disk storage to MABS (Management, Disk Storage, Add). | Extend the volume that holds the modern backup storage.'
    'Step8.Rule' = 'RI-03'
    'Step8.Title' = 'A replica was reported inconsistent while the storage pool is short of free space'
    'Step8.Text' = 'Start a synchronization with consistency check of the affected data source from the MABS console.'
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

# Step 2: CAUSE-REPLICA-INCONSISTENT - A disk replica is inconsistent, so its backups (disk and online) cannot proceed
# runs against the protected server
function Invoke-MabsStep2 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $ComputerName,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $StartupType
    )
    if (-not ((Get-Service -Name $Name -ComputerName $ComputerName).StartType -eq 'Disabled')) {
        Write-Host ('2. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Set-Service'))) {
        Write-Host ('2. ' + 'not run: not confirmed.')
        return
    }
    Set-Service -Name $Name -ComputerName $ComputerName -StartupType $StartupType
    if (-not ((Get-Service -Name $Name -ComputerName $ComputerName).StartType -ne 'Disabled')) {
        Write-Warning ('2. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('2. ' + 'done.')
}

# Step 3: CAUSE-REPLICA-INCONSISTENT - A disk replica is inconsistent, so its backups (disk and online) cannot proceed
# runs against the protected server
function Invoke-MabsStep3 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $ComputerName,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Status
    )
    if (-not ((Get-Service -Name $Name -ComputerName $ComputerName).Status -ne 'Running')) {
        Write-Host ('3. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Set-Service'))) {
        Write-Host ('3. ' + 'not run: not confirmed.')
        return
    }
    Set-Service -Name $Name -ComputerName $ComputerName -Status $Status
    if (-not ((Get-Service -Name $Name -ComputerName $ComputerName).Status -eq 'Running')) {
        Write-Warning ('3. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('3. ' + 'done.')
}

# Step 4: CAUSE-REPLICA-INCONSISTENT - A disk replica is inconsistent, so its backups (disk and online) cannot proceed
# runs against the protected server
function Invoke-MabsStep4 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $ComputerName
    )
    if (-not ((Get-WindowsFeature -Name $Name -ComputerName $ComputerName).InstallState -ne 'Installed')) {
        Write-Host ('4. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Install-WindowsFeature'))) {
        Write-Host ('4. ' + 'not run: not confirmed.')
        return
    }
    Install-WindowsFeature -Name $Name -ComputerName $ComputerName
    if (-not ((Get-WindowsFeature -Name $Name -ComputerName $ComputerName).InstallState -eq 'Installed')) {
        Write-Warning ('4. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('4. ' + 'done.')
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
    Invoke-MabsStep2 -Name $MabsData['Step2.Name'] -ComputerName $MabsData['Step2.ComputerName'] -StartupType $MabsData['Step2.StartupType']
    Invoke-MabsStep3 -Name $MabsData['Step3.Name'] -ComputerName $MabsData['Step3.ComputerName'] -Status $MabsData['Step3.Status']
    Invoke-MabsStep4 -Name $MabsData['Step4.Name'] -ComputerName $MabsData['Step4.ComputerName']
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
