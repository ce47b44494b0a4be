package org.mabsadvisor.report;

import java.util.List;

/**
 * One rule as the catalogue lists it: metadata, title, the facts it reads and its trigger kind;
 * {@code source} is the short name of the document its section belongs to and {@code link} the
 * section's address in the listing's language; {@code reference} is the link a site rule gives
 * instead of an article section; {@code row} is the catalogue row it covers and {@code of} the rule
 * whose finding its firings join (null: a finding of its own).
 */
public record RuleSummary(
        String id,
        String kind,
        String severity,
        String section,
        String source,
        String link,
        String trigger,
        String title,
        List<String> reads,
        String file,
        List<String> languages,
        String reference,
        String row,
        String of) {

    public RuleSummary {
        reads = List.copyOf(reads);
        languages = List.copyOf(languages);
    }
}
