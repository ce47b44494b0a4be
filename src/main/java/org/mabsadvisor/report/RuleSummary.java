package org.mabsadvisor.report;

import java.util.List;

/**
 * One rule as the catalogue lists it: metadata, title, the facts it reads and its trigger kind;
 * {@code reference} is the link a site rule gives instead of an article section.
 */
public record RuleSummary(
        String id,
        String kind,
        String severity,
        String section,
        String trigger,
        String title,
        List<String> reads,
        String file,
        List<String> languages,
        String reference) {

    public RuleSummary {
        reads = List.copyOf(reads);
        languages = List.copyOf(languages);
    }
}
