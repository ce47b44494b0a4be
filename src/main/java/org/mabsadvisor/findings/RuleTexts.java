package org.mabsadvisor.findings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.packaged.ShippedYaml;
import org.mabsadvisor.input.InputFiles;

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

    private static final TypeReference<Map<String, Map<String, RuleText>>> TEXTS = new TypeReference<>() { };

    private final Map<String, Map<String, RuleText>> byId;
    private final Map<String, String> fileOf;
    /** The texts files read as the tool shipped them, byte for byte (their placeholders were checked when it was built). */
    private final Set<String> shippedFiles;

    private RuleTexts(Map<String, Map<String, RuleText>> byId, Map<String, String> fileOf, Set<String> shippedFiles) {
        this.shippedFiles = Set.copyOf(shippedFiles);
        this.byId = Map.copyOf(byId);
        this.fileOf = Map.copyOf(fileOf);
    }

    /**
     * The text of a rule in a language, falling back to English, then to any language it has (a
     * site rule may speak one language only); null when none.
     */
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
     * Reads every texts file of the folders and checks that each rule has a title, evidence and
     * actions in every language it speaks, and that no text names a rule that does not exist.
     */
    public static RuleTexts load(List<Path> folders, List<RuleInfo> rules, List<RuleProblem> problems) {
        RuleTexts texts = read(folders, Set.of(), Set.of(), problems);
        problems.addAll(texts.incomplete(rules));
        problems.addAll(texts.unused(rules));
        return texts;
    }

    /**
     * Reads every texts file of the folders but those left out. A rule named twice is a problem,
     * unless its id is in {@code replaced}: then the later text, that of the replacing site rule, wins.
     */
    public static RuleTexts read(List<Path> folders, Set<Path> leftOut, Set<String> replaced, List<RuleProblem> problems) {
        ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        ObjectMapper yaml = null;
        Map<String, Map<String, RuleText>> byId = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        Set<String> takenOver = new HashSet<>();
        Set<String> shippedFiles = new HashSet<>();
        for (Path file : textFiles(folders, problems)) {
            if (leftOut.contains(file)) {
                continue;
            }
            Map<String, Map<String, RuleText>> content;
            try {
                byte[] bytes = InputFiles.read(file, InputFiles.MAX_SMALL_FILE_BYTES);
                byte[] shipped = ShippedYaml.json(file.getFileName().toString(), bytes);
                if (shipped != null) {
                    shippedFiles.add(file.toString());
                }
                if (shipped == null && yaml == null) {
                    // Only a file that was not shipped with the tool needs the YAML parser.
                    yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
                }
                content = shipped != null ? json.readValue(shipped, TEXTS) : yaml.readValue(bytes, TEXTS);
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
                if (replaced.contains(e.getKey()) && byId.containsKey(e.getKey()) && takenOver.add(e.getKey())) {
                    byId.put(e.getKey(), e.getValue());
                    fileOf.put(e.getKey(), file.toString());
                } else if (byId.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    problems.add(new RuleProblem(file.toString(), 0, 0, "texts for " + e.getKey() + " are also in " + fileOf.get(e.getKey())));
                }
                fileOf.putIfAbsent(e.getKey(), file.toString());
            }
        }
        return new RuleTexts(byId, fileOf, shippedFiles);
    }

    /**
     * Rules that lack a complete text (title, evidence, actions) in a language they speak: both
     * languages, or only those a site rule declares with {@code @languages}.
     */
    public List<RuleProblem> incomplete(List<RuleInfo> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            Map<String, RuleText> texts = byId.getOrDefault(rule.id(), Map.of());
            List<String> languages = rule.languages().isEmpty() ? LANGUAGES : rule.languages();
            for (String lang : languages) {
                if (!LANGUAGES.contains(lang)) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule " + rule.id() + ": @languages names '" + lang
                            + "'; the languages are " + String.join(", ", LANGUAGES)));
                    continue;
                }
                RuleText t = texts.get(lang);
                if (t == null || blank(t.title()) || blank(t.evidence()) || t.actions().isEmpty()) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule " + rule.id() + " has no complete "
                            + lang + " text (title, evidence, actions) in a " + SUFFIX + " file of its folder"));
                }
            }
        }
        return problems;
    }

    /**
     * Placeholders of the texts that the compiled rules cannot fill: a binding the rule does not
     * declare, or a field its fact has not. Located at the text in its texts file.
     */
    public List<RuleProblem> unfilled(List<RuleInfo> rules) {
        return new Placeholders().check(rules, byId, fileOf);
    }

    /**
     * {@link #unfilled} but for the rules {@code shipped} says the tool was built with, whose texts
     * are read from the very files it was built with: the build and its tests checked those, and
     * checking them again took a quarter of a one-server run.
     */
    public List<RuleProblem> unfilled(List<RuleInfo> rules, java.util.function.Predicate<RuleInfo> shipped) {
        return unfilled(rules.stream().filter(r -> !(shipped.test(r) && shippedFiles.contains(fileOf.get(r.id())))).toList());
    }

    /** Texts that name no rule of {@code rules}, located at their file. */
    public List<RuleProblem> unused(List<RuleInfo> rules) {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        List<RuleProblem> problems = new ArrayList<>();
        fileOf.entrySet().stream().filter(e -> !ids.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> problems.add(new RuleProblem(e.getValue(), 0, 0, "texts for " + e.getKey() + ", but no rule has that id")));
        return problems;
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
            try {
                // A loop of links is the compiler's to report, with the .drl files it hides: not twice.
                files.addAll(InputFiles.filesUnder(folder, SUFFIX, (p, e) -> { }));
            } catch (IOException e) {
                problems.add(new RuleProblem(folder.toString(), 0, 0, "cannot be listed: " + e.getMessage()));
            }
        }
        return files;
    }
}
