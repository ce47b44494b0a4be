package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.cli.FleetPipeline;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RunLimits;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.host.HostReader;
import org.mabsadvisor.policy.Policy;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.SampleReports;

/**
 * Every text of every built-in rule, in both languages, worded with bindings the rules really
 * make (taken from the firings of the samples): no placeholder is left as written, no policy key
 * shows raw, and French texts do not print English units.
 */
class EveryTextRendersTest {
    /** English unit words, as a policy spells them; a French text words them itself. */
    private static final Pattern ENGLISH_UNIT = Pattern.compile("\\b(months|weeks|days|years)\\b");

    @Test
    void everyTextOfEveryBuiltInRuleRendersInBothLanguages() throws Exception {
        RuleSet rules = FleetPipeline.builtInRules();
        Advisor advisor = new Advisor(rules, RunLimits.DEFAULT, "test");
        Map<String, Map<String, Object>> firedWith = new HashMap<>();
        Map<String, Object> anyBinding = new HashMap<>();
        HostReader reader = new HostReader(InputStream.nullInputStream(), InputLimits.DEFAULT);
        for (Path sample : SampleReports.samplesAndBundles()) {
            advisor.analyze(FactSet.of(reader.read(sample.toString()).document()), sample.toString(), "en", firing -> {
                firedWith.putIfAbsent(firing.rule().id(), firing.bindings());
                firing.bindings().forEach(anyBinding::putIfAbsent);
            });
        }
        Set<String> policyKeys = policyKeys(Policy.class);
        List<String> wrong = new ArrayList<>();
        List<String> unbound = new ArrayList<>();
        int worded = 0;
        for (RuleInfo rule : rules.rules().rules()) {
            Map<String, Object> bindings = new LinkedHashMap<>();
            Map<String, Object> fired = firedWith.get(rule.id());
            for (String name : rule.declarations().keySet()) {
                // A rule no sample fires is worded with what other rules bound to the same name, when of its type.
                Object value = fired != null ? fired.get(name) : anyBinding.get(name);
                if (value != null && !rule.declarations().get(name).isPrimitive() && !rule.declarations().get(name).isInstance(value)) {
                    value = null;
                }
                if (value == null && (fired == null || !fired.containsKey(name))) {
                    unbound.add(rule.id() + " " + name);
                }
                bindings.put(name, value);
            }
            bindings.put("host", "MABS01");
            for (String language : RuleTexts.LANGUAGES) {
                RuleText text = rules.texts().of(rule.id(), language);
                Locale locale = Locale.forLanguageTag(language);
                List<String> words = new ArrayList<>();
                words.add(advisor.word(text.title(), bindings, locale));
                words.add(advisor.word(text.evidence(), bindings, locale));
                text.actions().forEach(a -> collect(advisor.action(a, bindings, locale), words));
                if (text.check() != null) {
                    collect(advisor.action(text.check(), bindings, locale), words);
                }
                for (String w : words) {
                    if (w == null) {
                        continue;
                    }
                    worded++;
                    Matcher left = Template.PLACEHOLDER.matcher(w);
                    while (left.find()) {
                        if (!left.group(1).startsWith("$_")) {
                            wrong.add(rule.id() + " (" + language + ") leaves " + left.group() + ": " + w);
                        }
                    }
                    for (String key : policyKeys) {
                        if (Pattern.compile("\\b" + key + "\\b").matcher(w).find()) {
                            wrong.add(rule.id() + " (" + language + ") prints the policy key " + key + ": " + w);
                        }
                    }
                    if (language.equals("fr") && ENGLISH_UNIT.matcher(w).find()) {
                        wrong.add(rule.id() + " (fr) prints an English unit: " + w);
                    }
                }
            }
        }
        assertTrue(worded > 500, "the texts are worded: " + worded);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // Most bindings come from real firings; the few others are worded as unknown, which is still checked.
        assertTrue(unbound.size() < rules.rules().rules().size(), "bindings no sample makes: " + new TreeSet<>(unbound));
    }

    @Test
    void everyPlaceholderOfTheBuiltInTextsNamesWhatItsRuleBinds() throws Exception {
        // A run skips this check for the texts and rules the tool was built with: it is made here.
        RuleSet builtIn = RuleSet.load(org.mabsadvisor.testing.Project.builtInRules(), List.of(), null);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), builtIn.texts().unfilled(builtIn.rules().rules()));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), builtIn.texts().unfilled(builtIn.rules().rules(), r -> true),
                "nothing is left to check when every rule and text is the shipped one");
    }

    private static void collect(Action action, List<String> words) {
        words.add(action.text());
        words.add(action.command());
        action.alternatives().forEach(a -> collect(a, words));
    }

    /**
     * The names of the policy's settings, nested ones included, that are no word of English
     * (monthlyUnit, dailyDays; not monthly): what a text must word, not print.
     */
    private static Set<String> policyKeys(Class<?> type) {
        Set<String> keys = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().matches(".*[a-z][A-Z].*")) {
                keys.add(c.getName());
            }
            if (c.getType().isRecord()) {
                keys.addAll(policyKeys(c.getType()));
            }
        }
        return keys;
    }

}
