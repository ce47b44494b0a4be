#Requires -Version 5.1
# Script de remédiation produit par mabs-advisor à partir d'un rapport : relisez-le avant de l'exécuter sur le serveur MABS.
# mabs-advisor remediate (fr)
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [switch] $Apply,
    [string] $CollectorPath = (Join-Path -Path $PSScriptRoot -ChildPath 'Collect-MabsFacts.ps1'),
    [string] $OutputDirectory = $PSScriptRoot
)
Set-StrictMode -Version 1.0
$ErrorActionPreference = 'Stop'

# Les valeurs issues du rapport (noms, chemins, textes) sont des données : des littéraux entre apostrophes, passés aux étapes en paramètres, jamais exécutés comme du code.
$MabsData = @{
    'Report' = 'online-recovery-point-failed.report.json'
    'Host' = 'MABS-PAR01'
    'Step1.Rule' = 'CAUSE-MARS-ENGINE-DOWN'
    'Step1.Title' = 'Le moteur MARS (OBEngine) est arrêté, rien ne part vers Azure'
    'Step1.Text' = 'Démarrez le service Microsoft Azure Recovery Services.'
    'Step1.Name' = 'OBEngine'
    'Step2.Rule' = 'CAUSE-MARS-ENGINE-DOWN'
    'Step2.Title' = 'Le moteur MARS (OBEngine) est arrêté, rien ne part vers Azure'
    'Step2.Text' = 'S''il s''arrête encore, redémarrez le serveur MABS et cherchez la raison dans le journal d''événements de l''agent MARS (CloudBackup).'
    'Step3.Rule' = 'CAUSE-MARS-ENGINE-DOWN'
    'Step3.Title' = 'Le moteur MARS (OBEngine) est arrêté, rien ne part vers Azure'
    'Step3.Text' = 'Relancez la sauvegarde en ligne ou le travail de point de récupération qui a échoué.'
    'Step4.Rule' = 'CAUSE-SCRATCH-FOLDER-MISSING'
    'Step4.Title' = 'Le dossier de travail MARS désigné dans le registre n''existe pas'
    'Step4.Text' = 'Cherchez si le dossier ou son volume a été supprimé, renommé ou mis hors ligne, et rétablissez-le.'
    'Step5.Rule' = 'CAUSE-SCRATCH-FOLDER-MISSING'
    'Step5.Title' = 'Le dossier de travail MARS désigné dans le registre n''existe pas'
    'Step5.Text' = 'Sinon, recréez le dossier de travail sur un volume local fixe et faites-y pointer les deux valeurs ScratchLocation, obengine étant arrêté pendant l''opération.'
    'Step6.Rule' = 'ORP-01'
    'Step6.Title' = 'Échec du point de récupération en ligne, l''agent n''a pas pu prendre d''instantané du volume'
    'Step6.Text' = 'Dans la console MABS, modifiez l''allocation de disque du groupe de protection de la source de données concernée et agrandissez à la fois son volume de réplica et son volume de points de récupération.'
    'Step7.Rule' = 'ORP-01'
    'Step7.Title' = 'Échec du point de récupération en ligne, l''agent n''a pas pu prendre d''instantané du volume'
    'Step7.Text' = 'Relancez la création d''un point de récupération en ligne une fois l''allocation agrandie.'
    'Step8.Rule' = 'ORP-03'
    'Step8.Title' = 'Échec du point de récupération en ligne, aucune phrase secrète de chiffrement n''est définie'
    'Step8.Text' = 'Définissez une phrase secrète de chiffrement pour le serveur (console MABS, Gestion, En ligne, Configurer).'
    'Step9.Rule' = 'ORP-03'
    'Step9.Title' = 'Échec du point de récupération en ligne, aucune phrase secrète de chiffrement n''est définie'
    'Step9.Text' = 'En cas d''échec, vérifiez que la valeur ScratchLocation existe et que le dossier qu''elle désigne existe sur le serveur.'
    'Step9.Command' = 'reg query "HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config" /v ScratchLocation'
    'Step10.Rule' = 'ORP-03'
    'Step10.Title' = 'Échec du point de récupération en ligne, aucune phrase secrète de chiffrement n''est définie'
    'Step10.Text' = 'Si le dossier de travail existe, réinscrivez le serveur avec la phrase secrète utilisée auparavant.'
    'Step11.Rule' = 'ORP-03'
    'Step11.Title' = 'Échec du point de récupération en ligne, aucune phrase secrète de chiffrement n''est définie'
    'Step11.Text' = 'Conservez chaque phrase secrète définie en lieu sûr, hors de ce serveur.'
}

function Write-MabsManual {
    param([string] $Number, [string] $Key)
    Write-Host ('{0}. ' -f $Number) -NoNewline
    Write-Host 'à faire à la main :'
    foreach ($part in 'Text', 'Command', 'Why') {
        $name = '{0}.{1}' -f $Key, $part
        if ($MabsData.ContainsKey($name)) { Write-Host ('    ' + $MabsData[$name]) }
    }
}

# Étape 1: CAUSE-MARS-ENGINE-DOWN - Le moteur MARS (OBEngine) est arrêté, rien ne part vers Azure
function Invoke-MabsStep1 {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [ValidateScript({ $_ -notmatch '[\p{Cc}\u2028\u2029]' })] [string] $Name
    )
    if (-not ((Get-Service -Name $Name).Status -ne 'Running')) {
        Write-Host ('1. ' + 'ignorée : l''état qui a déclenché le constat n''est plus là.')
        return
    }
    if (-not ($PSCmdlet.ShouldProcess($Name, 'Start-Service'))) {
        Write-Host ('1. ' + 'non exécutée : non confirmée.')
        return
    }
    Start-Service -Name $Name
    if (-not ((Get-Service -Name $Name).Status -eq 'Running')) {
        Write-Warning ('1. ' + 'exécutée, mais l''état qui a déclenché le constat est toujours là : vérifiez-le à la main.')
        return
    }
    Write-Host ('1. ' + 'faite.')
}

Write-Host 'Étapes de ce script (rien n''est modifié sans -Apply) :'
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
    Write-Host 'Rien n''a été modifié. Relancez avec -Apply (et -WhatIf pour voir ce que ferait chaque étape, -Confirm pour confirmer chacune).'
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
    Write-MabsManual -Number 8 -Key 'Step8'
    Write-MabsManual -Number 9 -Key 'Step9'
    Write-MabsManual -Number 10 -Key 'Step10'
    Write-MabsManual -Number 11 -Key 'Step11'
} catch {
    Write-Warning ('a échoué ; les étapes suivantes n''ont pas été exécutées : ' + $_.Exception.Message)
    return
}

# Nouvelle collecte des faits, dans un nouveau paquet :
if ($WhatIfPreference) {
    Write-Host 'Avec -WhatIf, le collecteur n''est pas lancé.'
} elseif (-not (Test-Path -LiteralPath $CollectorPath -PathType Leaf)) {
    Write-Warning 'Le collecteur est introuvable au chemin donné par -CollectorPath ; lancez-le à la main.'
} else {
    Write-Host 'Nouvelle collecte des faits, dans un nouveau paquet :'
    & $CollectorPath -OutputDirectory $OutputDirectory
}
# Comparez ensuite avec le rapport d'où vient ce script ; les constats corrigés apparaissent comme résolus :
#   mabs-advisor analyze NEWBUNDLE --baseline REPORT.json
Write-Host 'Comparez ensuite avec le rapport d''où vient ce script ; les constats corrigés apparaissent comme résolus :'
Write-Host ('    mabs-advisor analyze NEWBUNDLE --baseline {0}' -f $MabsData['Report'])
