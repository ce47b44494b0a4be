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
    'Report' = 'basic-troubleshooting.report.json'
    'Host' = 'MABS02'
    'Step1.Rule' = 'CAUSE-MARS-ENGINE-DOWN'
    'Step1.Title' = 'The MARS engine (OBEngine) is down, so nothing reaches Azure'
    'Step1.Text' = 'Start the Microsoft Azure Recovery Services service.'
    'Step1.Name' = 'obengine'
    'Step2.Rule' = 'CAUSE-MARS-ENGINE-DOWN'
    'Step2.Title' = 'The MARS engine (OBEngine) is down, so nothing reaches Azure'
    'Step2.Text' = 'If it stops again, restart the MABS server and check the MARS agent''s event log (CloudBackup) for the reason.'
    'Step3.Rule' = 'CAUSE-MARS-ENGINE-DOWN'
    'Step3.Title' = 'The MARS engine (OBEngine) is down, so nothing reaches Azure'
    'Step3.Text' = 'Run the failed online backup or recovery point job again.'
    'Step4.Rule' = 'CAUSE-SCRATCH-SHORT-OF-SPACE'
    'Step4.Title' = 'The volume of the MARS scratch folder is short of free space'
    'Step4.Text' = 'Free space on E:\, grow it, or move the scratch folder to a larger local volume.'
    'Step5.Rule' = 'BASIC-02'
    'Step5.Title' = 'The MARS agent cannot reach Azure'
    'Step5.Text' = 'Check that the MABS server resolves and reaches the Azure Backup endpoints on port 443.'
    'Step5.Command' = 'Test-NetConnection -ComputerName <endpoint> -Port 443'
    'Step5.Why' = 'a placeholder is left in the command'
    'Step6.Rule' = 'BASIC-02'
    'Step6.Title' = 'The MARS agent cannot reach Azure'
    'Step6.Text' = 'If traffic goes through a proxy, enter its address in the MARS agent (Change Properties, Proxy Configuration) and make sure it lets the Azure Backup addresses through.'
    'Step7.Rule' = 'BASIC-02'
    'Step7.Title' = 'The MARS agent cannot reach Azure'
    'Step7.Text' = 'Ask the network team to allow the Azure Backup URLs and IP ranges in the firewall, then retry.'
    'Step8.Rule' = 'BASIC-08'
    'Step8.Title' = 'SQL Server Agent of the MABS database is not running or not set to start automatically'
    'Step8.Text' = 'Set the service to start automatically.'
    'Step8.Name' = 'SQLAgent$MSDPM2012'
    'Step8.StartupType' = 'Automatic'
    'Step9.Rule' = 'BASIC-08'
    'Step9.Title' = 'SQL Server Agent of the MABS database is not running or not set to start automatically'
    'Step9.Text' = 'Start the service.'
    'Step9.Name' = 'SQLAgent$MSDPM2012'
    'Step10.Rule' = 'CONN-04'
    'Step10.Title' = 'A destination the MARS agent must reach over HTTPS is blocked'
    'Step10.Text' = 'Have the firewall and the proxy allow HTTPS (port 443) from the server to *.microsoft.com, *.windowsazure.com, *.microsoftonline.com, *.windows.net, *.blob.core.windows.net, *.queue.core.windows.net and *.blob.storage.azure.net (Azure Government: *.windowsazure.us, *.microsoftonline.us, *.usgovcloudapi.net).'
    'Step11.Rule' = 'CONN-04'
    'Step11.Title' = 'A destination the MARS agent must reach over HTTPS is blocked'
    'Step11.Text' = 'With ExpressRoute Microsoft peering, check that the route filter holds Microsoft Entra ID (community 12076:5060), the vault''s region and Azure Storage in that region.'
    'Step12.Rule' = 'CONN-04'
    'Step12.Title' = 'A destination the MARS agent must reach over HTTPS is blocked'
    'Step12.Text' = 'If the server has no proxy, make sure the MARS agent is not set to use one; then register or back up again.'
    'Step13.Rule' = 'BASIC-01'
    'Step13.Title' = 'The MARS agent is older than the version the policy requires'
    'Step13.Text' = 'Download the latest Microsoft Azure Recovery Services agent and install it over the current one on the MABS server.'
    'Step14.Rule' = 'BASIC-01'
    'Step14.Title' = 'The MARS agent is older than the version the policy requires'
    'Step14.Text' = 'Run the failed backup or registration again once the update is done.'
    'Step15.Rule' = 'MARS-01'
    'Step15.Title' = 'The MARS agent is too old to read the vault credentials files Azure now issues'
    'Step15.Text' = 'Install the current MARS agent (MARSAgentInstaller.exe from https://aka.ms/azurebackup_agent) over this one, then register the server again.'
    'Step16.Rule' = 'MARS-01'
    'Step16.Title' = 'The MARS agent is too old to read the vault credentials files Azure now issues'
    'Step16.Text' = 'Before installing or reinstalling MABS, put the current MARSAgentInstaller.exe into the MARSAgent folder of the extracted MABS package, so that setup does not install the older agent it carries.'
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

# Step 1: CAUSE-MARS-ENGINE-DOWN - The MARS engine (OBEngine) is down, so nothing reaches Azure
function Invoke-MabsStep1 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name
    )
    if (-not ((Get-Service -Name $Name).Status -ne 'Running')) {
        Write-Host ('1. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Start-Service'))) {
        Write-Host ('1. ' + 'not run: not confirmed.')
        return
    }
    Start-Service -Name $Name
    if (-not ((Get-Service -Name $Name).Status -eq 'Running')) {
        Write-Warning ('1. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('1. ' + 'done.')
}

# Step 8: BASIC-08 - SQL Server Agent of the MABS database is not running or not set to start automatically
# https://learn.microsoft.com/en-us/azure/backup/backup-azure-mabs-troubleshoot#basic-troubleshooting
function Invoke-MabsStep8 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $StartupType
    )
    if (-not ((Get-Service -Name $Name).StartType -ne 'Automatic')) {
        Write-Host ('8. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Set-Service'))) {
        Write-Host ('8. ' + 'not run: not confirmed.')
        return
    }
    Set-Service -Name $Name -StartupType $StartupType
    if (-not ((Get-Service -Name $Name).StartType -eq 'Automatic')) {
        Write-Warning ('8. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('8. ' + 'done.')
}

# Step 9: BASIC-08 - SQL Server Agent of the MABS database is not running or not set to start automatically
# https://learn.microsoft.com/en-us/azure/backup/backup-azure-mabs-troubleshoot#basic-troubleshooting
function Invoke-MabsStep9 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name
    )
    if (-not ((Get-Service -Name $Name).Status -ne 'Running')) {
        Write-Host ('9. ' + 'skipped: the state that raised the finding no longer holds.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Start-Service'))) {
        Write-Host ('9. ' + 'not run: not confirmed.')
        return
    }
    Start-Service -Name $Name
    if (-not ((Get-Service -Name $Name).Status -eq 'Running')) {
        Write-Warning ('9. ' + 'ran, but the state that raised the finding still holds: check it by hand.')
        return
    }
    Write-Host ('9. ' + 'done.')
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
Write-Host ('  {0}. [{1}] {2}' -f 12, $MabsData['Step12.Rule'], $MabsData['Step12.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 13, $MabsData['Step13.Rule'], $MabsData['Step13.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 14, $MabsData['Step14.Rule'], $MabsData['Step14.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 15, $MabsData['Step15.Rule'], $MabsData['Step15.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 16, $MabsData['Step16.Rule'], $MabsData['Step16.Text'])
if (-not $Apply) {
    Write-Host 'Nothing was changed. Run again with -Apply (and -WhatIf to see what each step would do, -Confirm to confirm each one).'
    return
}

try {
    Invoke-MabsStep1 -Name $MabsData['Step1.Name']
    Write-MabsManual -Number 2 -Key 'Step2'
    Write-MabsManual -Number 3 -Key 'Step3'
    Write-MabsManual -Number 4 -Key 'Step4'
    Write-MabsManual -Number 5 -Key 'Step5'
    Write-MabsManual -Number 6 -Key 'Step6'
    Write-MabsManual -Number 7 -Key 'Step7'
    Invoke-MabsStep8 -Name $MabsData['Step8.Name'] -StartupType $MabsData['Step8.StartupType']
    Invoke-MabsStep9 -Name $MabsData['Step9.Name']
    Write-MabsManual -Number 10 -Key 'Step10'
    Write-MabsManual -Number 11 -Key 'Step11'
    Write-MabsManual -Number 12 -Key 'Step12'
    Write-MabsManual -Number 13 -Key 'Step13'
    Write-MabsManual -Number 14 -Key 'Step14'
    Write-MabsManual -Number 15 -Key 'Step15'
    Write-MabsManual -Number 16 -Key 'Step16'
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
