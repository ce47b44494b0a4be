package org.mabsadvisor.formats;

import org.mabsadvisor.report.Report;

/**
 * The line that says when a report's facts were collected and analysed, by which version of the
 * tool and of its rules, in the report's language. Null for a report that does not say (explain's,
 * or one made by a test): nothing is printed then.
 */
final class Provenance {
    private Provenance() {
    }

    static String line(Report r) {
        if (r.analysedAt() == null) {
            return null;
        }
        boolean fr = "fr".equals(r.language());
        String collected = r.collectedAt() != null
                ? (fr ? "Faits collectés le " : "Facts collected ") + r.collectedAt()
                : (fr ? "Date de collecte des faits inconnue" : "Collection time of the facts unknown");
        return collected + (fr ? ", analysés le " : ", analysed ") + r.analysedAt() + (fr ? " par " : " by ") + tool(r.tool());
    }

    /** The tool, its version and its rules' version: {@code mabs-advisor 0.1.0 (rules 1a2b3c4d5e6f)}. */
    static String tool(Report.Tool tool) {
        return tool.name() + " " + tool.version() + (tool.rules() != null ? " (rules " + tool.rules() + ")" : "");
    }
}
