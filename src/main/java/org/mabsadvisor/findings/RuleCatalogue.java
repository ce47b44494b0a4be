package org.mabsadvisor.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.facts.Diagnosis;
import org.mabsadvisor.facts.FactSections;
import org.mabsadvisor.report.RuleSummary;
import org.mabsadvisor.rules.Messages;

/** Describes the loaded rules for people and tools: what each detects and what it reads. */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    /** Every rule of the set, sorted by id, worded in {@code language}. */
    public static List<RuleSummary> of(RuleSet set, String language) {
        List<RuleSummary> out = new ArrayList<>();
        for (RuleInfo r : set.rules().rules()) {
            RuleText text = set.texts().of(r.id(), language);
            out.add(new RuleSummary(r.id(), r.kind().label(), r.severity().label(), r.section(), r.trigger().label(),
                    text == null ? r.name() : text.title(), reads(r), r.file(), set.texts().languagesOf(r.id()), r.reference()));
        }
        out.sort(Comparator.comparing(RuleSummary::id, RuleCatalogue::byCatalogueOrder));
        return out;
    }

    /** Finding rules whose id or title, in either language, contains the text (case, accents and punctuation ignored). */
    public static List<RuleSummary> mentioning(RuleSet set, String text, String language) {
        String needle = Messages.normalize(text);
        if (needle.isEmpty()) {
            return List.of();
        }
        return of(set, language).stream()
                .filter(r -> r.kind().equals("finding"))
                .filter(r -> RuleTexts.LANGUAGES.stream()
                        .map(lang -> set.texts().of(r.id(), lang))
                        .anyMatch(t -> t != null && (" " + Messages.normalize(t.title()) + " ").contains(" " + needle + " "))
                        || Messages.normalize(r.id()).equals(needle))
                .toList();
    }

    private static List<String> reads(RuleInfo rule) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : rule.reads()) {
            String section = FactSections.of(type);
            if (section != null) {
                names.add(section);
            } else if (type == Diagnosis.class) {
                names.add("(root causes)");
            }
        }
        return names;
    }

    /** Natural order of ids: BASIC-2 before BASIC-10, a row before its suffixed rules. */
    static int byCatalogueOrder(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0))
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
