<#
.SYNOPSIS
    Collects, read-only, what mabs-advisor needs to know about this Microsoft Azure Backup Server
    into one zip bundle: mabs-facts-<host>-<UTC time>.zip.

.DESCRIPTION
    WHAT THIS SCRIPT DOES
    It runs the commands listed in specs.json (next to this script), one after the other, and copies
    what each one prints, unchanged, into a bundle folder, with manifest.json (collector version,
    host, time, and for each command its exit code, duration and error). It then zips the folder
    into mabs-facts-<host>-<UTC time>.zip in -OutputDirectory and removes the folder it created.
    mabs-advisor reads the zip ("mabs-advisor analyze <zip>").

    IT CHANGES NOTHING ON THIS SERVER
    Every command in specs.json only reads (Get-..., reg.exe query, gpresult.exe, w32tm.exe
    /stripchart, Test-NetConnection); the mabs-advisor test suite checks that no command writes,
    starts, stops or deletes anything. The only things this script writes are its own bundle
    folder and zip in -OutputDirectory, and the only thing it removes is that bundle folder.

    IT READS NO SECRET
    No encryption passphrase, no SMTP password (of the notification settings, only the SMTPUserName
    value is read, never SMTPPassword), no content of any vault credentials file (only the name and
    date of *.VaultCredentials files), no process command line, no user data.

    A command that is missing (no Defender, no DPM module) or fails (no network, access denied)
    is recorded in the manifest and the collection goes on.

    Run it in an elevated Windows PowerShell 5.1 prompt on the MABS server. docs/collecting.md
    explains how to run and schedule it.

.PARAMETER OutputDirectory
    Folder where the zip is written (default: the current folder). It must exist.

.PARAMETER EventDays
    How many days of event log history to read (default 7, at most 90).

.PARAMETER ProtectedServers
    Protected servers to read remotely (services, volumes, Defender settings, Windows Server
    Backup feature), by name. Optional: without it, only the MABS server itself is read.

.PARAMETER TimeSource
    The time server the clock offset is measured against (default time.windows.com).

.EXAMPLE
    powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Collect-MabsFacts.ps1 -OutputDirectory D:\MabsFacts

.EXAMPLE
    .\Collect-MabsFacts.ps1 -EventDays 14 -ProtectedServers 'FS01.contoso.local', 'SQL01.contoso.local'
#>
[CmdletBinding()]
param(
    [string] $OutputDirectory = (Get-Location).Path,

    [ValidateRange(1, 90)]
    [int] $EventDays = 7,

    [string[]] $ProtectedServers = @(),

    [ValidatePattern('^[A-Za-z0-9.-]+$')]
    [string] $TimeSource = 'time.windows.com'
)

$CollectorVersion = '1.0.0'
$ErrorActionPreference = 'Stop'

if ($PSVersionTable.PSVersion.Major -lt 5) {
    throw 'Collect-MabsFacts.ps1 needs Windows PowerShell 5.1 or later.'
}

$SpecsFile = Join-Path -Path $PSScriptRoot -ChildPath 'specs.json'
if (-not (Test-Path -LiteralPath $SpecsFile -PathType Leaf)) {
    throw "specs.json is missing: copy it next to this script ($PSScriptRoot)."
}
$Specs = @((Get-Content -LiteralPath $SpecsFile -Raw -Encoding UTF8 | ConvertFrom-Json).specs)

if (-not (Test-Path -LiteralPath $OutputDirectory -PathType Container)) {
    throw "The output directory '$OutputDirectory' does not exist."
}
$OutputDirectory = (Resolve-Path -LiteralPath $OutputDirectory).ProviderPath

$Utf8 = [System.Text.UTF8Encoding]::new($false)
$Start = (Get-Date).ToUniversalTime()
$HostName = $env:COMPUTERNAME
$BundleName = 'mabs-facts-{0}-{1}' -f $HostName, $Start.ToString('yyyyMMdd''T''HHmmss''Z''', [System.Globalization.CultureInfo]::InvariantCulture)
$BundleFolder = Join-Path -Path $OutputDirectory -ChildPath $BundleName
$ZipPath = Join-Path -Path $OutputDirectory -ChildPath ($BundleName + '.zip')
if ((Test-Path -LiteralPath $BundleFolder) -or (Test-Path -LiteralPath $ZipPath)) {
    throw "$BundleFolder or its zip already exists: run the collector again in a second."
}

$Identity = [System.Security.Principal.WindowsPrincipal]::new([System.Security.Principal.WindowsIdentity]::GetCurrent())
$Elevated = $Identity.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $Elevated) {
    Write-Warning 'Not running elevated: several commands will fail (they are recorded in the manifest). Run from an elevated prompt.'
}

function Get-OutputName {
    # The output file name of a spec, in the bundle folder; protected-server specs get the server name in it.
    param($Spec, [string] $Server)
    $name = [string]$Spec.output
    if ($Server) {
        $name = $name.Replace('{server}', ($Server -replace '[^A-Za-z0-9.-]', '_'))
    }
    if ($name -notmatch '^[A-Za-z0-9][A-Za-z0-9._-]*$') {
        throw "specs.json: spec '$($Spec.name)' has an invalid output file name '$name'."
    }
    return $name
}

function Write-BundleFile {
    # The one place this script writes a file: inside its own bundle folder.
    param([string] $Name, [string] $Text)
    [System.IO.File]::WriteAllText((Join-Path -Path $BundleFolder -ChildPath $Name), $Text, $Utf8)
}

function Invoke-Spec {
    # Runs one spec's command and returns its manifest entry; a failure is recorded, never thrown.
    param($Spec, [string] $Server)
    $output = Get-OutputName -Spec $Spec -Server $Server
    $entry = [ordered]@{ spec = [string]$Spec.name }
    if ($Server) {
        $entry.server = $Server
    }
    $entry.output = $output
    $native = ([string]$Spec.command).Split(' ')[0] -like '*.exe'
    $writesOutputFile = [bool]($Spec.PSObject.Properties['writesOutputFile'] -and $Spec.writesOutputFile)

    # Variables the spec commands may use (see specs.json).
    $ComputerName = $Server
    $BundleFile = Join-Path -Path $BundleFolder -ChildPath $output

    $lines = [System.Collections.Generic.List[string]]::new()
    $errors = [System.Collections.Generic.List[object]]::new()
    $global:LASTEXITCODE = 0
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        $ErrorActionPreference = 'Continue'
        $block = [scriptblock]::Create([string]$Spec.command)
        foreach ($item in (& $block 2>&1)) {
            if ($item -is [System.Management.Automation.ErrorRecord]) {
                $errors.Add($item)
            } else {
                $lines.Add([string]$item)
            }
        }
    } catch {
        $errors.Add($_)
    } finally {
        $ErrorActionPreference = 'Stop'
    }
    $watch.Stop()

    if ($native) {
        $exitCode = [int]$LASTEXITCODE
    } elseif ($errors.Count -gt 0) {
        $exitCode = 1
    } else {
        $exitCode = 0
    }
    $entry.exitCode = $exitCode
    $entry.durationMs = [long]$watch.ElapsedMilliseconds
    if ($errors.Count -gt 0) {
        $entry.error = (@($errors | ForEach-Object -Process { $_.ToString().Trim() }) -join ' | ')
        $first = $errors[0]
        if ($first -is [System.Management.Automation.ErrorRecord]) {
            $entry.errorId = [string]$first.FullyQualifiedErrorId
        }
    }

    if ($writesOutputFile) {
        if (-not (Test-Path -LiteralPath $BundleFile -PathType Leaf)) {
            $entry.output = $null
        }
    } elseif ($lines.Count -gt 0 -or $exitCode -eq 0) {
        Write-BundleFile -Name $output -Text (($lines -join "`r`n") + "`r`n")
    } else {
        $entry.output = $null
    }
    return $entry
}

[void][System.IO.Directory]::CreateDirectory($BundleFolder)
Write-Host "Collecting facts of $HostName into $ZipPath"

$runs = [System.Collections.Generic.List[object]]::new()
$planned = [System.Collections.Generic.List[object]]::new()
foreach ($spec in $Specs) {
    if ($spec.PSObject.Properties['target'] -and $spec.target -eq 'protectedServer') {
        foreach ($server in $ProtectedServers) {
            $planned.Add(@($spec, $server))
        }
    } else {
        $planned.Add(@($spec, ''))
    }
}

$index = 0
foreach ($step in $planned) {
    $index++
    $label = if ($step[1]) { "$($step[0].name) ($($step[1]))" } else { [string]$step[0].name }
    $entry = Invoke-Spec -Spec $step[0] -Server $step[1]
    $status = if ($entry.exitCode -eq 0) { 'ok' } else { "exit code $($entry.exitCode)" }
    Write-Host ('[{0}/{1}] {2}: {3} ({4} ms)' -f $index, $planned.Count, $label, $status, $entry.durationMs)
    $runs.Add([pscustomobject]$entry)
}

$manifest = [ordered]@{
    format            = '1'
    collector         = 'Collect-MabsFacts.ps1'
    collectorVersion  = $CollectorVersion
    host              = $HostName
    collectedAt       = $Start.ToString('o')
    powershellVersion = $PSVersionTable.PSVersion.ToString()
    uiCulture         = [System.Globalization.CultureInfo]::CurrentUICulture.Name
    elevated          = $Elevated
    parameters        = [ordered]@{
        eventDays        = $EventDays
        protectedServers = @($ProtectedServers)
        timeSource       = $TimeSource
    }
    specs             = $runs.ToArray()
}
Write-BundleFile -Name 'manifest.json' -Text (ConvertTo-Json -InputObject $manifest -Depth 5)

Compress-Archive -Path (Join-Path -Path $BundleFolder -ChildPath '*') -DestinationPath $ZipPath -CompressionLevel Optimal
Remove-Item -LiteralPath $BundleFolder -Recurse -Force

$failed = @($runs | Where-Object -FilterScript { $_.exitCode -ne 0 }).Count
Write-Host "Done: $ZipPath ($($runs.Count) commands, $failed with an error, recorded in manifest.json)."
Write-Output $ZipPath
