package org.mabsadvisor.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.errors.RecognisedError;
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
            out.add(new RuleSummary(r.id(), r.kind().label(), r.severity().label(), r.section(),
                    r.sourceDocument().shortName(), r.section() == null ? null : r.sourceDocument().link(r.section(), language),
                    r.trigger().label(),
                    text == null ? r.name() : text.title(), reads(r), r.file(), set.texts().languagesOf(r.id()), r.reference(),
                    r.isCause() ? null : r.rowId(), r.of()));
        }
        out.sort(Comparator.comparing(RuleSummary::id, RuleCatalogue::byCatalogueOrder));
        return out;
    }

    /** The family of a rule: its id up to the row number (TLS for TLS-01, VC for VC-01.b). */
    public static String family(String id) {
        String row = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        int dash = row.lastIndexOf('-');
        return dash < 0 ? row : row.substring(0, dash);
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
            String section = FactSections.of(RecognisedError.inputType(type));
            if (section != null && !names.contains(section)) {
                names.add(section);
            } else if (type == Diagnosis.class) {
                names.add("(root causes)");
            }
        }
        return names;
    }

    /**
     * Natural order of ids: BASIC-2 before BASIC-10, a row before its suffixed rules. Ids are runs of
     * digits and of other characters, compared run by run (digits by their value), then by how many
     * runs they have. Without allocating: every report sorts the rule ids with it.
     */
    static int byCatalogueOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            int c = isDigit(a.charAt(i)) && isDigit(b.charAt(j)) ? compareNumbers(a, i, endA, b, j, endB) : compareText(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        // Every run compared so far is equal: the id with runs left has more of them.
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from) {
        boolean digits = isDigit(s.charAt(from));
        int end = from + 1;
        while (end < s.length() && isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    /** Compares two runs of digits by value, however long: without leading zeros, the longer is larger, else the first digit that differs. */
    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int c = Integer.compare(endA - i, endB - j);
        return c != 0 ? c : compareText(a, i, endA, b, j, endB);
    }

    /** {@link String#compareTo} of the two runs. */
    private static int compareText(String a, int i, int endA, String b, int j, int endB) {
        int n = Math.min(endA - i, endB - j);
        for (int k = 0; k < n; k++) {
            char x = a.charAt(i + k);
            char y = b.charAt(j + k);
            if (x != y) {
                return x - y;
            }
        }
        return (endA - i) - (endB - j);
    }
}
