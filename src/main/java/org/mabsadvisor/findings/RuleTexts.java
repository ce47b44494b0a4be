package org.mabsadvisor.findings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleProblem;

/**
 * The words of the rules, read from the {@code *.texts.yaml} files of the rule folders: for each
 * rule id, one {@link RuleText} per language. Kept apart from the DRL so that a translator never
 * touches rule logic.
 */
public final class RuleTexts {

    /** Languages every built-in rule speaks. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    /** Suffix of a texts file in a rule folder. */
    public static final String SUFFIX = ".texts.yaml";

    private final Map<String, Map<String, RuleText>> byId;

    private RuleTexts(Map<String, Map<String, RuleText>> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** The text of a rule in a language, falling back to English, then to any language it has; null when none. */
    public RuleText of(String ruleId, String language) {
        Map<String, RuleText> texts = byId.get(ruleId);
        if (texts == null) {
            return null;
        }
        RuleText t = texts.get(language);
        if (t == null) {
            t = texts.get("en");
        }
        return t != null ? t : texts.values().stream().findFirst().orElse(null);
    }

    /** Languages a rule has texts in. */
    public List<String> languagesOf(String ruleId) {
        return List.copyOf(byId.getOrDefault(ruleId, Map.of()).keySet());
    }

    /**
     * Reads every texts file of the folders and checks that each rule has a title and actions in
     * every language of {@link #LANGUAGES}, and that no text names a rule that does not exist.
     */
    public static RuleTexts load(List<Path> folders, List<RuleInfo> rules, List<RuleProblem> problems) {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<String, Map<String, RuleText>> byId = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Path file : textFiles(folders, problems)) {
            Map<String, Map<String, RuleText>> content;
            try {
                content = yaml.readValue(file.toFile(), new TypeReference<Map<String, Map<String, RuleText>>>() { });
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                problems.add(new RuleProblem(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                        e.getOriginalMessage()));
                continue;
            } catch (IOException e) {
                problems.add(new RuleProblem(file.toString(), 0, 0, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (content == null) {
                continue;
            }
            for (Map.Entry<String, Map<String, RuleText>> e : content.entrySet()) {
                if (byId.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    problems.add(new RuleProblem(file.toString(), 0, 0, "texts for " + e.getKey() + " are also in " + fileOf.get(e.getKey())));
                }
                fileOf.putIfAbsent(e.getKey(), file.toString());
            }
        }
        Map<String, RuleInfo> rulesById = new HashMap<>();
        for (RuleInfo rule : rules) {
            rulesById.put(rule.id(), rule);
            Map<String, RuleText> texts = byId.getOrDefault(rule.id(), Map.of());
            for (String lang : LANGUAGES) {
                RuleText t = texts.get(lang);
                if (t == null || blank(t.title()) || blank(t.evidence()) || t.actions().isEmpty()) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule " + rule.id() + " has no complete "
                            + lang + " text (title, evidence, actions) in a " + SUFFIX + " file of its folder"));
                }
            }
        }
        for (Map.Entry<String, String> e : fileOf.entrySet()) {
            if (!rulesById.containsKey(e.getKey())) {
                problems.add(new RuleProblem(e.getValue(), 0, 0, "texts for " + e.getKey() + ", but no rule has that id"));
            }
        }
        return new RuleTexts(byId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<Path> textFiles(List<Path> folders, List<RuleProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                problems.add(new RuleProblem(folder.toString(), 0, 0, "cannot be listed: " + e.getMessage()));
            }
        }
        return files;
    }
}
