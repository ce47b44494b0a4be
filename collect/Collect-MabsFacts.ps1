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
    /stripchart, icacls.exe of a folder alone, Test-NetConnection); the mabs-advisor test suite
    checks that no command writes, starts, stops or deletes anything. The only things this script
    writes are its own bundle folder and zip in -OutputDirectory, and the only thing it removes is
    that bundle folder. With -Upload, it also sends that zip (and nothing else) to a mabs-advisor
    server.

    IT READS NO SECRET
    No encryption passphrase, no SMTP password (of the notification settings, only the SMTPUserName
    value is read, never SMTPPassword), no content of any vault credentials file (only the name and
    date of *.VaultCredentials files), no process command line, no user data.

    A command that is missing (no Defender, no DPM module) or fails (no network, access denied)
    is recorded in the manifest and the collection goes on.

    SPECS.JSON CANNOT MAKE IT RUN ANYTHING ELSE
    The script keeps the SHA-256 of every command it may run ($KnownCommands); a spec of specs.json
    whose command is not exactly one of them is refused, recorded in the manifest, and never run.

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

.PARAMETER Redact
    Replace, in every output and in the manifest, what identifies a person or a resource with stable
    placeholders before anything is written: this server's name becomes mabs-server, other computers
    of its domain server-1, server-2..., the domain domain-1.example, account names and user profile
    folders user-1..., e-mail addresses user-N@example.invalid, the vault's name vault-1 and GUIDs
    numbered GUIDs. gpresult's report, which names accounts, groups and computers throughout, is left
    out. docs/collecting.md lists what is collected and what -Redact replaces.

.PARAMETER Upload
    The address of a mabs-advisor server (mabs-advisor serve), such as https://advisor.contoso.local:8460.
    Optional: the bundle is then also sent to it, by HTTPS (plain HTTP only to this machine itself),
    and the server keeps its analysis in the history of this host. The zip stays in -OutputDirectory.

.PARAMETER UploadTokenFile
    A file whose first line is the server's token, sent as "Authorization: Bearer <token>". Required
    with -Upload unless the server runs without a token (on this machine only). Its content is never
    printed nor written to the bundle.

.EXAMPLE
    powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Collect-MabsFacts.ps1 -OutputDirectory D:\MabsFacts

.EXAMPLE
    .\Collect-MabsFacts.ps1 -OutputDirectory D:\MabsFacts -Upload https://advisor.contoso.local:8460 -UploadTokenFile D:\MabsFacts\advisor.token

.EXAMPLE
    .\Collect-MabsFacts.ps1 -EventDays 14 -ProtectedServers 'FS01.contoso.local', 'SQL01.contoso.local'

.EXAMPLE
    .\Collect-MabsFacts.ps1 -Redact
#>
[CmdletBinding()]
param(
    [string] $OutputDirectory = (Get-Location).Path,

    [ValidateRange(1, 90)]
    [int] $EventDays = 7,

    [string[]] $ProtectedServers = @(),

    [ValidatePattern('^[A-Za-z0-9.-]+$')]
    [string] $TimeSource = 'time.windows.com',

    [switch] $Redact,

    [ValidatePattern('^https?://[A-Za-z0-9.\[\]:-]+(/[A-Za-z0-9._~/-]*)?$')]
    [string] $Upload,

    [string] $UploadTokenFile
)

$CollectorVersion = '1.0.0'
$ErrorActionPreference = 'Stop'

if ($PSVersionTable.PSVersion.Major -lt 5) {
    throw 'Collect-MabsFacts.ps1 needs Windows PowerShell 5.1 or later.'
}

if ($Upload -and $Upload -notmatch '^https://' -and $Upload -notmatch '^http://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(/|$)') {
    throw "-Upload needs an https:// address: the bundle describes this server and must not cross the network in clear."
}
if ($UploadTokenFile -and -not (Test-Path -LiteralPath $UploadTokenFile -PathType Leaf)) {
    throw "-UploadTokenFile $UploadTokenFile is not a file."
}

$SpecsFile = Join-Path -Path $PSScriptRoot -ChildPath 'specs.json'
if (-not (Test-Path -LiteralPath $SpecsFile -PathType Leaf)) {
    throw "specs.json is missing: copy it next to this script ($PSScriptRoot)."
}
$Specs = @((Get-Content -LiteralPath $SpecsFile -Raw -Encoding UTF8 | ConvertFrom-Json).specs)

# specs.json is data, not code: the only commands this script runs are those whose SHA-256 (of the
# command's UTF-8 text) is listed here under the spec's name. A spec whose command was changed, or a
# spec this version does not know, is refused and recorded in the manifest, never run. The
# mabs-advisor test suite keeps this list equal to specs.json.
$KnownCommands = @{
    'computer-system' = '0FDD6B7A189463E1296AD230C37D8C9814BFF7C50B6290A68064D41303411DCB'
    'operating-system' = '3B54CCD75C90850F587C82BD20B485E09584278E7B12EFF7E699F80D219BE965'
    'hardware' = 'A0659760BCD3111E0D28D90A79D0EDFF5F221D6354352F26BA96D34F24926CB0'
    'product-versions' = '92A55D7FF363557A875E2519ED2DD95E5B1C98220D2804192F7E4673F2F801BB'
    'services' = 'E33E755835A54A3A255A785AFE8F2A1F1FE5514EB70CC130A2F0AA43D3A81AB3'
    'sql-service-accounts' = 'C9E4C1D5BB1808D0A3EC2DDAB54105E7841EA6FB259BCF5CDE55671A9C3EE801'
    'volumes' = '794B4B9DDEB265E1CD05CA2BDDE213C5FE041CDE133880D7A5DE711D9CF0DD26'
    'registry-dpm-install-path' = '8EE0ECA6D24F50FF3A8791B67F8BAC3BA90ED16AC86F3B8F315B1B8638968680'
    'registry-scratch-location' = 'C94C885889517FE70B3D504F3183071B9C2A88D7CA1C968CAA317BC847A8F40D'
    'registry-scratch-location-provider' = 'B127106FC470A759AB1285488ACB1B6ED5C14D0CA1300A44BEEC70C831E3CA5E'
    'registry-refs-inline-trim' = '3BEEFDA7251C845FCAA101E281D7C152D70D9B2F06D6B1904BEFDCF174549C8F'
    'registry-writeids-key' = '751914C530DF4830120DA236C690B5E37338146C4E83C232B4547AADD06FF230'
    'registry-smtp-user-name' = 'F19B1EA0AACFBAA5AB25D61C7366CD65BBE89D279FF1D00CDA81BAC1FEECC8A6'
    'registry-dpm-sql-server' = '11F9652A97B4325DD7DA16C4B0C45AE0F1A71DD14B6EE691D16DFF14076FFDE2'
    'registry-dpm-sql-instance' = '69FB8B85F99CA29D03068C41DD280E974B9F82B3B9CEEFB0327F6576FB036B59'
    'sql-instance' = '1B93524D9A0BEA84AD24E440CC43FA3711F8722BFD5EA437A961C5108DD25D3D'
    'sql-agent-jobs' = 'A618FF3640093CA32925E2EC623170651E42CA9F27585FE8899C107B594AF147'
    'reporting-services' = '61C378877A3C39E67F9C81C9D4D42B463118F354BF122D75B2F84027409DA10F'
    'registry-tls12-client-enabled' = '7B02CBAB03009497A164D5EA0FB89F7DA09DC4D4A48D126FC2CCFA4A00CBB3E4'
    'registry-tls12-client-disabled-by-default' = '981D189E5564C19D9377CBCD73D3C61340FCF1913C5C8022DC5D22C047491972'
    'registry-dotnet-system-default-tls' = '05BDCF24E5A9EB21F302B6DC592BB2D91B1A692CB1AA9F5D061764DB53116171'
    'registry-dotnet-strong-crypto' = '283B497DDA5C11DAE47F46842A809BBCDC782966D427D1A58BEACE2F72803AFF'
    'registry-dotnet32-system-default-tls' = '12E54F1206B844C482288703E3D07A43EAC1F7A39E1EC15C6ED024B073DAFF00'
    'registry-dotnet32-strong-crypto' = 'B7CA2C71582332E990D45D1BCFC8E6BA29CA97ADE53036DCBAA756DB2501A22D'
    'registry-max-parallel-backup-jobs' = 'A117659DA95A7FDD62087852E368946A20870AB5CF8092260BC63A0479BF7794'
    'registry-online-backup-tasks-threshold' = 'AB64AA8EB0838C3F0C7C7FDFE40383E5B543D1EB22A8F82AC6D5115954F04118'
    'registry-installation-type' = '9A40B77D687A0B7F199D7109704F237E772ACB4AEF4A990D0A00C871BE9B9261'
    'registry-dotnet4-release' = '663AC44ED503E33A750F12A51A27721A9ED65ECBF8FDE693A7E5B2EFA7859943'
    'registry-sql-agent-account' = 'F38F48F301B0F3885DBAF67C547892A3CCF8D4CE116F2498F363413C66D61A99'
    'registry-scheduler-job-owner' = '95165E845E1837D7F9BDFDC64F78EB7834954C297F55AEB69E8B12144CB2B2FB'
    'mars-config' = '9FEB0C9778CA7928CC98488C7740F2C1A84DDDECE60A794B7DA3FD85C99D5327'
    'mars-scratch' = 'D77DA2409BC52CD0444BCCBE4C3139AEEC4BDE3DC4403A02CBA37BEA828E3CF9'
    'vault-credentials-files' = 'A671DEF73856E71424D8C1A6A327D3FB85B988D5DE6C897E513C383575DBDAC5'
    'windows-temp' = '0708F9F28BA0D43A2695267E001599AB002A757C79F7543555CB21542BFCE00A'
    'certificates' = '7333D8FA4F611710F9C5137916353A2DE2E0CBE8E31F1ADF75F9B1C80E48452A'
    'certificates-root' = '1E7BA1621C09D3A6C6FF3FB29BA86101CECB0FC02D15774DF38250E7F35E3E30'
    'group-policies' = '6A871A1572E430BF9D07A93A1835BBA87B597112A03D2D53353D2B3818E8F879'
    'clock-offset' = 'E2CB8449E6954BD4DF614234C85BA8533D3D8E2CB86B9382590A3D72B423B407'
    'defender-status' = '65A4B7F15907DC83592C1D2F80DD16557F01C5B10CF9C8359B26E819AF8070BC'
    'defender-preferences' = '4A0BB2AE402B7EFDAA388D8E17A4FC4F2CC126A8BCA5C5BD5B6F8B86F41BCB64'
    'security-center-antivirus' = '3CEAF88E900AE1820BBEC5A0663164B0FF6F804BE35F93AF5F389CD74F0DC785'
    'iscsi-devices' = '157707F1663D49B0EAD32F724C1EE81E6C231C33DAD25A9D49443C46E79D436C'
    'processes' = '6AB3EAD74C9668B0627AC1F8A70D43C290DDAC7FB8C94C5662A28423A6FEE34E'
    'disks' = 'E5EA947C7794AB2CD1D9148B58BE06B20FFF5B52A599B7CE9DD93BA350F1F310'
    'shadow-storage' = '508D8FCADDB4047CBB447E2C265EC50C8F3D09C6761E0A6AD5A328DC43F52D42'
    'dpm-protection-groups' = '91082AD515DA1C5AABAE0BD7AA5A50F353963416523FAEA7E1CDA8AE1DB71ADB'
    'dpm-datasources' = 'ED291E7EC315D9BAB6A5DCAAC1D58F8E64391B8FA83DB239640E0F067E1AA408'
    'dpm-production-servers' = 'EE2CA0AFE653EBD1D4A2B70E54046CF4D17ED481DCB8F8E2AB756EF3C449FF4E'
    'dpm-storage-volumes' = '96E93A364E9AB7C700755A7ADA80307F7605BF516D81E3CB1C7B20F3EB4A0BAF'
    'dpm-alerts' = '3D4B1A2C2962E14E509B31BB07AF4B4545C877E193C41D0FBC54B2DDFB7DA094'
    'dpm-failed-jobs' = 'DAE25A55884AD75603461BD22C21BABF5FA20BAF35436C84C72E0B58D3CAC14E'
    'trigger-job-file' = 'EF35F171D4D28068DF14965DC9557D22D0BC9E505BEF719D8223DB8DB4B35D95'
    'trigger-job-folder-access' = '0120CED2A3A85F3EECDD2D234C9161DEF66999278F7E2646DCBD8BE0164535B0'
    'mars-agent-tasks' = 'B76F185C1EB81DEE14900B0D40599569B8D0A923DD96DCB4C43287C275D0BBCC'
    'local-administrators' = '3E836812B72CBEF6A0C6889CC8D2DB9F29702CB1E01E3BC6EFBA4945540B58E1'
    'online-backup-module' = '95DAB26AB0F3CDA3A5FF98D48E5B9A1A0DB46893007CBA10C29A6FE86F8A691A'
    'registry-powershell-engine' = '9F365A9EEB5CFBA10FC9BAFA0C1F8C315F4D1D735B6EA47504CA2E3742907DB9'
    'registry-machine-psmodulepath' = 'FBF576E1C3C965FB5FAF48013CF8F96334F929DD1A8C1ED6815B952AEEA43AAB'
    'registry-execution-policy' = '181C650F3E722523D020100D48D864E172D6E55CF9C6DAE2C1CA468C4FA2BD4D'
    'windows-server-backup-schedule' = 'BBB59EBEBD21CF26469FA5255926119609C4A6D8DA7C7CA01258DE72AE49983B'
    'events-mars' = 'BA21E9F3BBE934ACA9F4B62502958A0C3C1914DEED7F4B191ABA23D56A91F6AD'
    'events-dpm-alerts' = 'D01712BBB3D7607EA49D586E48AD3A4E5939A30F393E28B70EDD85C7648BD9DB'
    'events-dpm-backup' = '2491F0684AB7B6B7ACA883D1D8640BAF7E6B8389324493D7F770F6057C4D7E5E'
    'events-application' = 'C15AA9035E65C6D9646B6D409596F9304C16227918088C55C79CA831E0D240E2'
    'events-scheduled-jobs' = '0861F7B8843205CD5A7C99F972EE0B78CD957D347D7886D297A30E17AC0AB88F'
    'events-system' = 'B232D301867C353E4F10133B40771EC36D2A3D77B471015028146059013AE021'
    'events-defender' = 'D727B9EB5893819513349C1AEC835DA5DEA3C6DDFD047DBF0F5518677D014F28'
    'mars-failed-files' = '33C1A850487824E63FAD78D17A078EBBBC334C131ACBDB44A361D4E8FEC3A081'
    'network-probes' = 'BA89FFB970927CC5053354BFEB155C106061736760BED30E04588D2F2C9C0AE3'
    'dpm-cloud-connection' = '79E252F6846811A68EAE3490A0E337A2FF46C33E010D0AC6FBCBB865E9B1360F'
    'dpm-online-recovery-points' = '83B8A6DDE7193D851085B2D45282DF0C48F31006EFC3350B8D97EA3D16F1F78A'
    'ps-services' = 'F9955122570124F60E288B489BBE115424F92E4556B119F27B44E4E1C3BA3353'
    'ps-volumes' = 'F4D360D78A06D5263E93FAF3648A7F969925F206C2684D0FF2DE9CFF311AFAE5'
    'ps-defender-status' = '6A06D5A393D0DAE0F3D119EF331C3D74E6FC129AB8D4931EADA53A97EB2E5218'
    'ps-defender-preferences' = '2520D465D43F40499B1D8AFD6DB30981DBE7F6BE7178952B772C3E17DD848899'
    'ps-windows-server-backup' = 'E6F51DEE1CA22C380816A488EEC6BF701ABE3E4F270DA51739D9FC465303AD86'
    'ps-operating-system' = '751E2BAD7F3AEE334975277C6B17A383AB8ACA59DC22708CD61BDC772C77261D'
}

if (-not (Test-Path -LiteralPath $OutputDirectory -PathType Container)) {
    throw "The output directory '$OutputDirectory' does not exist."
}
$OutputDirectory = (Resolve-Path -LiteralPath $OutputDirectory).ProviderPath

$Utf8 = [System.Text.UTF8Encoding]::new($false)
$Start = (Get-Date).ToUniversalTime()
$HostName = $env:COMPUTERNAME
$HostLabel = if ($Redact) { 'mabs-server' } else { $HostName }
$BundleName = 'mabs-facts-{0}-{1}' -f $HostLabel, $Start.ToString('yyyyMMdd''T''HHmmss''Z''', [System.Globalization.CultureInfo]::InvariantCulture)
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

# With -Redact: the outputs are held until every spec has run, so that a name learnt from one output
# (a protected server in the data sources, the vault in the MARS agent's settings) is replaced in all.
$Held = [System.Collections.Generic.List[object]]::new()
$Placeholders = @{}
$Counters = @{}
$KnownNames = @{}
$DnsDomain = [string]$env:USERDNSDOMAIN
$NetBiosDomain = [string]$env:USERDOMAIN
$GuidPattern = '(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])'
$EmailPattern = '(?i)(?<![A-Za-z0-9._+-])[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+'
# A user profile folder, with the single or doubled backslashes of text and JSON outputs.
$ProfilePattern = '(?i)(\\{1,2}(?:Users|Documents and Settings)\\{1,2})(?!Public\\|Default\\|All Users\\)([^\\"\r\n]+)(?=\\)'

function Get-Placeholder {
    # The stable placeholder of a value of a kind: the same value always gets the same one.
    param([string] $Kind, [string] $Value)
    $key = $Kind + ':' + $Value.ToLowerInvariant()
    if (-not $Placeholders.ContainsKey($key)) {
        $Counters[$Kind] = 1 + [int]$Counters[$Kind]
        if ($Kind -eq 'guid') {
            $Placeholders[$key] = '00000000-0000-4000-8000-{0:D12}' -f $Counters[$Kind]
        } else {
            $Placeholders[$key] = '{0}-{1}' -f $Kind, $Counters[$Kind]
        }
    }
    return $Placeholders[$key]
}

function Add-Computer {
    # A computer's short name gets its placeholder: its role for this server, server-N for the others.
    param([string] $Name, [string] $Role)
    $short = $Name.Split('.')[0]
    if ($short -and -not $KnownNames.ContainsKey($short)) {
        if ($Role) {
            $KnownNames[$short] = $Role
        } else {
            $KnownNames[$short] = Get-Placeholder -Kind 'server' -Value $short
        }
    }
}

function Add-NamesOf {
    # Learns the computers of this server's domain and the vault's name that an output names.
    param([string] $Text)
    if ($DnsDomain) {
        foreach ($m in [regex]::Matches($Text, '(?i)(?<![A-Za-z0-9.-])([A-Za-z0-9-]+)\.' + [regex]::Escape($DnsDomain) + '(?![A-Za-z0-9-])')) {
            Add-Computer -Name $m.Groups[1].Value
        }
    }
    $vault = [regex]::Match($Text, '"ServiceResourceName":\s*"([^"]+)"')
    if ($vault.Success) {
        $KnownNames[$vault.Groups[1].Value] = Get-Placeholder -Kind 'vault' -Value $vault.Groups[1].Value
    }
}

function Protect-Text {
    # Replaces what identifies a person or a resource with its placeholder (the -Redact switch).
    param([string] $Text)
    $t = [regex]::Replace($Text, $GuidPattern, { param($m) Get-Placeholder -Kind 'guid' -Value $m.Value })
    $t = [regex]::Replace($t, $EmailPattern, { param($m) (Get-Placeholder -Kind 'user' -Value $m.Value) + '@example.invalid' })
    $t = [regex]::Replace($t, $ProfilePattern, { param($m) $m.Groups[1].Value + (Get-Placeholder -Kind 'user' -Value $m.Groups[2].Value) })
    if ($NetBiosDomain) {
        $account = '(?i)(?<![A-Za-z0-9-])' + [regex]::Escape($NetBiosDomain) + '(\\{1,2})([A-Za-z0-9._$-]+)'
        $t = [regex]::Replace($t, $account, { param($m) 'DOMAIN-1' + $m.Groups[1].Value + (Get-Placeholder -Kind 'user' -Value $m.Groups[2].Value) })
    }
    foreach ($name in @($KnownNames.Keys | Sort-Object -Property Length -Descending)) {
        # Whole names only, but also between hyphens, as in the output file ps-services-FS01.json.
        $pattern = '(?i)(?<![A-Za-z0-9])' + [regex]::Escape($name) + '(?![A-Za-z0-9])'
        $t = [regex]::Replace($t, $pattern, { param($m) $KnownNames[$name] })
    }
    return $t
}

function Save-Output {
    # Writes an output into the bundle folder; with -Redact, holds it until every name is known.
    param([string] $Name, [string] $Text)
    if ($Redact) {
        $Held.Add([pscustomobject]@{ Name = $Name; Text = $Text })
    } else {
        Write-BundleFile -Name $Name -Text $Text
    }
}

function Test-KnownCommand {
    # True when the spec's command is exactly the one this script knows for that spec name.
    param($Spec)
    $expected = $KnownCommands[[string]$Spec.name]
    if (-not $expected) {
        return $false
    }
    $sha = [System.Security.Cryptography.SHA256]::Create()
    $hash = [System.BitConverter]::ToString($sha.ComputeHash($Utf8.GetBytes([string]$Spec.command))) -replace '-', ''
    return $hash -eq $expected
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

    if (-not (Test-KnownCommand -Spec $Spec)) {
        $entry.output = $null
        $entry.exitCode = 1
        $entry.durationMs = [long]0
        $entry.error = "refused: the command of spec '$($Spec.name)' in specs.json is not the one this collector knows"
        $entry.errorId = 'UnknownSpecCommand'
        return $entry
    }
    if ($Redact -and $writesOutputFile) {
        # Such a program writes its report itself, where it cannot be redacted: gpresult's names
        # accounts, groups and computers throughout.
        $entry.output = $null
        $entry.exitCode = 1
        $entry.durationMs = [long]0
        $entry.error = "left out with -Redact: the report of spec '$($Spec.name)' cannot be redacted"
        $entry.errorId = 'LeftOutByRedact'
        return $entry
    }

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
        Save-Output -Name $output -Text (($lines -join "`r`n") + "`r`n")
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

if ($Redact) {
    # Every name must be known before the first output is written.
    Add-Computer -Name $HostName -Role 'mabs-server'
    if ($DnsDomain) {
        $KnownNames[$DnsDomain] = 'domain-1.example'
    }
    foreach ($server in $ProtectedServers) {
        Add-Computer -Name $server
    }
    foreach ($h in $Held) {
        Add-NamesOf -Text $h.Text
    }
    foreach ($h in $Held) {
        # A protected server's output is named after it: the manifest gets the same redacted name.
        Write-BundleFile -Name (Protect-Text -Text $h.Name) -Text (Protect-Text -Text $h.Text)
    }
}

$manifest = [ordered]@{
    format            = '1'
    collector         = 'Collect-MabsFacts.ps1'
    collectorVersion  = $CollectorVersion
    host              = $HostLabel
    collectedAt       = $Start.ToString('o')
    powershellVersion = $PSVersionTable.PSVersion.ToString()
    uiCulture         = [System.Globalization.CultureInfo]::CurrentUICulture.Name
    elevated          = $Elevated
    parameters        = [ordered]@{
        eventDays        = $EventDays
        protectedServers = @($ProtectedServers)
        timeSource       = $TimeSource
        redact           = [bool]$Redact
    }
    specs             = $runs.ToArray()
}
$manifestText = ConvertTo-Json -InputObject $manifest -Depth 5
if ($Redact) {
    $manifestText = Protect-Text -Text $manifestText
}
Write-BundleFile -Name 'manifest.json' -Text $manifestText

Compress-Archive -Path (Join-Path -Path $BundleFolder -ChildPath '*') -DestinationPath $ZipPath -CompressionLevel Optimal
Remove-Item -LiteralPath $BundleFolder -Recurse -Force

$failed = @($runs | Where-Object -FilterScript { $_.exitCode -ne 0 }).Count
Write-Host "Done: $ZipPath ($($runs.Count) commands, $failed with an error, recorded in manifest.json)."

if ($Upload) {
    $headers = @{}
    if ($UploadTokenFile) {
        $token = ([System.IO.File]::ReadAllText($UploadTokenFile)).Split("`n")[0].Trim()
        $headers['Authorization'] = 'Bearer ' + $token
    }
    # Windows PowerShell 5.1 may not offer TLS 1.2 by default; this changes only this process.
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    $uri = $Upload.TrimEnd('/') + '/api/v1/analyses?name=' + [uri]::EscapeDataString($BundleName + '.zip')
    try {
        $answer = Invoke-WebRequest -Uri $uri -Method Post -InFile $ZipPath -ContentType 'application/zip' -Headers $headers -UseBasicParsing
        Write-Host "Sent to $Upload ($($answer.Headers['Location']))."
    } catch {
        # The bundle is written: a failed upload is reported, and the zip can be sent again or analysed by hand.
        Write-Warning "The bundle could not be sent to ${Upload}: $($_.Exception.Message)"
    }
}
Write-Output $ZipPath
