package org.mabsadvisor.report;

import java.util.Map;

/** The fixed words of the text report, in each language the tool speaks. */
record Labels(
        String findings,
        String noFinding,
        String evidence,
        String actions,
        String oneOf,
        String reference,
        String notChecked,
        String needs,
        String certaintyConfirmed,
        String certaintyRisk,
        String certaintyReported,
        String causes,
        String checksNotRun,
        String plan,
        String seePlan,
        String colon,
        String collection,
        String unknown,
        Map<String, String> severities) {

    private static final Map<String, Labels> BY_LANGUAGE = Map.of(
            "en", new Labels("findings", "No finding: every check that could run passed.", "Evidence", "Actions",
                    "Do one of these:", "Reference", "Not checked (facts not collected)", "needs",
                    "confirmed: a recorded error and the server's state agree",
                    "risk: the server's state can cause this error",
                    "reported: the error was recorded", "Root causes", "checks not run", "Plan",
                    "follow the plan of the root cause", ":",
                    "Collection problems (outputs of the bundle that could not be used)", "left unknown",
                    Map.of("critical", "critical", "high", "high", "medium", "medium", "low", "low", "info", "info")),
            "fr", new Labels("constats", "Aucun constat : toutes les vérifications possibles sont passées.", "Éléments", "Actions",
                    "Faites l'une de ces actions :", "Référence", "Non vérifié (faits non collectés)", "requiert",
                    "confirmé : une erreur enregistrée et l'état du serveur concordent",
                    "risque : l'état du serveur peut provoquer cette erreur",
                    "signalé : l'erreur a été enregistrée", "Causes premières", "vérifications non faites", "Plan",
                    "suivez le plan de la cause première", " :",
                    "Problèmes de collecte (sorties du lot de collecte inutilisables)", "restent inconnus",
                    Map.of("critical", "critique", "high", "élevée", "medium", "moyenne", "low", "faible", "info", "info")));

    static Labels of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    String severity(String severity) {
        return severities.getOrDefault(severity, severity);
    }

    String certainty(String certainty) {
        return switch (certainty) {
            case "confirmed" -> certaintyConfirmed;
            case "risk" -> certaintyRisk;
            default -> certaintyReported;
        };
    }
}
