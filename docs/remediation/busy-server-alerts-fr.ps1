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
    'Report' = 'busy-server-alerts-fr.report.json'
    'Host' = 'MABS01'
    'Step1.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step1.Title' = 'Un réplica disque est incohérent, ses sauvegardes (disque et en ligne) ne peuvent pas avancer'
    'Step1.Text' = 'Corrigez d''abord ce que signalent les constats ci-dessous sur le serveur protégé et sur le serveur MABS (VSS, Sauvegarde Windows Server, espace du pool de stockage, vérification automatique de cohérence).'
    'Step2.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step2.Title' = 'Un réplica disque est incohérent, ses sauvegardes (disque et en ligne) ne peuvent pas avancer'
    'Step2.Text' = 'Si un constat ci-dessous signale le service de cliché instantané des volumes désactivé sur le serveur protégé, passez-le en démarrage manuel.'
    'Step2.Command' = 'sc config VSS start= demand'
    'Step3.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step3.Title' = 'Un réplica disque est incohérent, ses sauvegardes (disque et en ligne) ne peuvent pas avancer'
    'Step3.Text' = 'S''il signale ce service arrêté, démarrez-le.'
    'Step3.Command' = 'net start VSS'
    'Step4.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step4.Title' = 'Un réplica disque est incohérent, ses sauvegardes (disque et en ligne) ne peuvent pas avancer'
    'Step4.Text' = 'Si un constat ci-dessous signale l''absence de Sauvegarde Windows Server sur le serveur protégé, installez-la.'
    'Step4.Command' = 'Install-WindowsFeature Windows-Server-Backup'
    'Step5.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step5.Title' = 'Un réplica disque est incohérent, ses sauvegardes (disque et en ligne) ne peuvent pas avancer'
    'Step5.Text' = 'Dans la console MABS, lancez une synchronisation avec vérification de cohérence de la source de données.'
    'Step6.Rule' = 'CAUSE-REPLICA-INCONSISTENT'
    'Step6.Title' = 'Un réplica disque est incohérent, ses sauvegardes (disque et en ligne) ne peuvent pas avancer'
    'Step6.Text' = 'Vérifiez que le travail se termine bien et que le réplica apparaît cohérent, puis relancez la sauvegarde en ligne qui a échoué.'
    'Step7.Rule' = 'CBP-04'
    'Step7.Title' = 'La sauvegarde en ligne a échoué, le réplica sur disque n''a pas pu être cloné (CBPSourceSnapshotFailedReplicaCloningIssue)'
    'Step7.Text' = 'Assurez-vous que tous les fichiers VHDX de réplica antérieurs sont démontés sur le serveur MABS (Gestion des disques, ou Dismount-DiskImage).'
    'Step7.Command' = 'Get-Disk | Where-Object Location -like ''*.vhdx'' | Select-Object Number, Location'
    'Step8.Rule' = 'CBP-04'
    'Step8.Title' = 'La sauvegarde en ligne a échoué, le réplica sur disque n''a pas pu être cloné (CBPSourceSnapshotFailedReplicaCloningIssue)'
    'Step8.Text' = 'Planifiez les sauvegardes de disque à disque pour qu''aucune ne tourne pendant une sauvegarde en ligne.'
    'Step9.Rule' = 'CBP-04'
    'Step9.Title' = 'La sauvegarde en ligne a échoué, le réplica sur disque n''a pas pu être cloné (CBPSourceSnapshotFailedReplicaCloningIssue)'
    'Step9.Text' = 'Relancez la sauvegarde en ligne.'
    'Step10.Rule' = 'RI-01'
    'Step10.Title' = 'MABS a signalé un réplica incohérent'
    'Step10.Text' = 'Vérifiez que le groupe de protection de la source de données concernée a la vérification automatique de la cohérence activée (modifiez le groupe dans la console MABS).'
    'Step11.Rule' = 'RI-01'
    'Step11.Title' = 'MABS a signalé un réplica incohérent'
    'Step11.Text' = 'Pour une source de données état système ou récupération complète (BMR), vérifiez que la Sauvegarde Windows Server est installée sur le serveur protégé.'
    'Step12.Rule' = 'RI-01'
    'Step12.Title' = 'MABS a signalé un réplica incohérent'
    'Step12.Text' = 'Contrôlez l''espace libre du pool de stockage MABS et ajoutez du stockage s''il vient à manquer.'
    'Step13.Rule' = 'RI-01'
    'Step13.Title' = 'MABS a signalé un réplica incohérent'
    'Step13.Text' = 'Vérifiez que le service de cliché instantané des volumes (VSS) du serveur protégé n''est pas désactivé et peut démarrer.'
    'Step14.Rule' = 'RI-01'
    'Step14.Title' = 'MABS a signalé un réplica incohérent'
    'Step14.Text' = 'Lancez une synchronisation avec vérification de la cohérence de la source de données depuis la console MABS.'
    'Step15.Rule' = 'AGENT-02'
    'Step15.Title' = 'L''agent Azure Backup n''a pas pu se connecter au service Sauvegarde Azure (ID 100050)'
    'Step15.Text' = 'Si l''action recommandée par la console ne suffit pas, ouvrez Internet Explorer sous le compte SYSTEM depuis une invite de commandes en administrateur (PsExec, de Sysinternals).'
    'Step15.Command' = 'psexec -i -s "c:\Program Files\Internet Explorer\iexplore.exe"'
    'Step16.Rule' = 'AGENT-02'
    'Step16.Title' = 'L''agent Azure Backup n''a pas pu se connecter au service Sauvegarde Azure (ID 100050)'
    'Step16.Text' = 'Dans cette fenêtre, ouvrez Outils > Options Internet > Connexions > Paramètres réseau.'
    'Step17.Rule' = 'AGENT-02'
    'Step17.Title' = 'L''agent Azure Backup n''a pas pu se connecter au service Sauvegarde Azure (ID 100050)'
    'Step17.Text' = 'Activez l''utilisation d''un serveur proxy et saisissez l''adresse et le port du proxy.'
    'Step18.Rule' = 'AGENT-02'
    'Step18.Title' = 'L''agent Azure Backup n''a pas pu se connecter au service Sauvegarde Azure (ID 100050)'
    'Step18.Text' = 'Si l''accès du serveur à Internet est restreint, faites autoriser les URL et adresses IP d''Azure Backup par le pare-feu du serveur et par le proxy.'
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
Write-Host ('  {0}. [{1}] {2}' -f 12, $MabsData['Step12.Rule'], $MabsData['Step12.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 13, $MabsData['Step13.Rule'], $MabsData['Step13.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 14, $MabsData['Step14.Rule'], $MabsData['Step14.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 15, $MabsData['Step15.Rule'], $MabsData['Step15.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 16, $MabsData['Step16.Rule'], $MabsData['Step16.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 17, $MabsData['Step17.Rule'], $MabsData['Step17.Text'])
Write-Host ('  {0}. [{1}] {2}' -f 18, $MabsData['Step18.Rule'], $MabsData['Step18.Text'])
if (-not $Apply) {
    Write-Host 'Rien n''a été modifié. Relancez avec -Apply (et -WhatIf pour voir ce que ferait chaque étape, -Confirm pour confirmer chacune).'
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
    Write-MabsManual -Number 9 -Key 'Step9'
    Write-MabsManual -Number 10 -Key 'Step10'
    Write-MabsManual -Number 11 -Key 'Step11'
    Write-MabsManual -Number 12 -Key 'Step12'
    Write-MabsManual -Number 13 -Key 'Step13'
    Write-MabsManual -Number 14 -Key 'Step14'
    Write-MabsManual -Number 15 -Key 'Step15'
    Write-MabsManual -Number 16 -Key 'Step16'
    Write-MabsManual -Number 17 -Key 'Step17'
    Write-MabsManual -Number 18 -Key 'Step18'
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
