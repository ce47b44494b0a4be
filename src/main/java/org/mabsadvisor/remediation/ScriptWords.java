package org.mabsadvisor.remediation;

import java.util.Map;
import org.mabsadvisor.input.WordTables;

/** The words of a remediation script, in English or French: comments and messages, never values of the report. */
public record ScriptWords(String language, String header, String data, String listing, String noApply, String skipped, String done,
        String notConfirmed, String stillWrong, String manual, String manualWhy, String onProtected, String confirmHigh,
        String collector, String noCollector, String whatIfCollector, String compare, String failed, String nothing,
        String placeholder, String missingValue, String unusableValue, String unknownFix, String step) implements RemediationPlan.Reasons {

    /** The words of each language, from {@code script-words.json} beside this class. */
    private static final Map<String, ScriptWords> BY_LANGUAGE = WordTables.read(ScriptWords.class, "script-words.json");

    public static ScriptWords of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
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
