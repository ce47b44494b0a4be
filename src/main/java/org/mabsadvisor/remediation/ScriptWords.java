package org.mabsadvisor.remediation;

/** The words of a remediation script, in English or French: comments and messages, never values of the report. */
public record ScriptWords(String language, String header, String data, String listing, String noApply, String skipped, String done,
        String notConfirmed, String stillWrong, String manual, String manualWhy, String onProtected, String confirmHigh,
        String collector, String noCollector, String whatIfCollector, String compare, String failed, String nothing,
        String placeholder, String missingValue, String unusableValue, String unknownFix, String step) implements RemediationPlan.Reasons {

    public static final ScriptWords EN = new ScriptWords("en",
            "Remediation script made by mabs-advisor from a report: review it before running it on the MABS server.",
            "Values that come from the report (names, paths, texts) are data: single-quoted literals, passed to the steps as parameters, never run as code.",
            "Steps of this script (nothing is changed without -Apply):",
            "Nothing was changed. Run again with -Apply (and -WhatIf to see what each step would do, -Confirm to confirm each one).",
            "skipped: the state that raised the finding no longer holds.",
            "done.",
            "not run: not confirmed.",
            "ran, but the state that raised the finding still holds: check it by hand.",
            "to do by hand:",
            "not run:",
            "runs against the protected server",
            "This step removes or unregisters something. Run it?",
            "Collecting the facts again, into a new bundle:",
            "The collector was not found at the path given by -CollectorPath; run it by hand.",
            "Under -WhatIf the collector is not run.",
            "Then compare with the report this script was made from; the fixed findings show as resolved:",
            "failed; the later steps were not run:",
            "The report has no step to take.",
            "a placeholder is left in the command",
            "the facts had no value for %s",
            "the value of %s holds a control character, a placeholder or, in an exclusion, a wildcard",
            "the fix in the report is not one the rules give",
            "Step");

    public static final ScriptWords FR = new ScriptWords("fr",
            "Script de remédiation produit par mabs-advisor à partir d'un rapport : relisez-le avant de l'exécuter sur le serveur MABS.",
            "Les valeurs issues du rapport (noms, chemins, textes) sont des données : des littéraux entre apostrophes, passés aux étapes en paramètres, jamais exécutés comme du code.",
            "Étapes de ce script (rien n'est modifié sans -Apply) :",
            "Rien n'a été modifié. Relancez avec -Apply (et -WhatIf pour voir ce que ferait chaque étape, -Confirm pour confirmer chacune).",
            "ignorée : l'état qui a déclenché le constat n'est plus là.",
            "faite.",
            "non exécutée : non confirmée.",
            "exécutée, mais l'état qui a déclenché le constat est toujours là : vérifiez-le à la main.",
            "à faire à la main :",
            "non exécutée :",
            "s'exécute sur le serveur protégé",
            "Cette étape supprime ou désinscrit quelque chose. L'exécuter ?",
            "Nouvelle collecte des faits, dans un nouveau paquet :",
            "Le collecteur est introuvable au chemin donné par -CollectorPath ; lancez-le à la main.",
            "Avec -WhatIf, le collecteur n'est pas lancé.",
            "Comparez ensuite avec le rapport d'où vient ce script ; les constats corrigés apparaissent comme résolus :",
            "a échoué ; les étapes suivantes n'ont pas été exécutées :",
            "Le rapport ne demande aucune étape.",
            "un paramètre fictif reste dans la commande",
            "les faits n'avaient pas de valeur pour %s",
            "la valeur de %s contient un caractère de contrôle, un paramètre fictif ou, dans une exclusion, un caractère générique",
            "le correctif du rapport n'est pas l'un de ceux que donnent les règles",
            "Étape");

    public static ScriptWords of(String language) {
        return "fr".equals(language) ? FR : EN;
    }

    @Override
    public String placeholder() {
        return placeholder;
    }

    @Override
    public String missingValue(String parameter) {
        return String.format(missingValue, parameter);
    }

    @Override
    public String unusableValue(String parameter) {
        return String.format(unusableValue, parameter);
    }

    @Override
    public String unknownFix() {
        return unknownFix;
    }
}
