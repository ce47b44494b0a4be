package org.mabsadvisor.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.findings.RuleTexts;
import org.mabsadvisor.policy.InvalidPolicyException;
import org.mabsadvisor.policy.Policy;
import org.mabsadvisor.policy.PolicyLoader;
import org.mabsadvisor.testing.Project;

/** The built-in YAML files shipped as JSON: the same trees, and never used for a file that differs. */
class ShippedYamlTest {

    @TempDir
    Path work;

    private static List<Path> builtInYaml() throws IOException {
        try (Stream<Path> files = Files.list(Project.builtInRules())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyBuiltInYamlFileIsShippedAsTheSameTree() throws IOException {
        List<Path> files = builtInYaml();
        assertTrue(files.size() > 10, files.toString());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] json = ShippedYaml.json(file.getFileName().toString(), bytes);
            assertNotNull(json, file + " is shipped");
            assertEquals(new YAMLMapper().readTree(bytes), new ObjectMapper().readTree(json), file.toString());
        }
    }

    @Test
    void aFileThatDiffersInOneByteOrByNameIsNotServedFromTheTool() throws IOException {
        Path policy = Project.builtInRules().resolve(PolicyLoader.DEFAULT_FILE);
        byte[] bytes = Files.readAllBytes(policy);
        assertNotNull(ShippedYaml.json(PolicyLoader.DEFAULT_FILE, bytes));
        byte[] edited = (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        assertNull(ShippedYaml.json(PolicyLoader.DEFAULT_FILE, edited));
        assertNull(ShippedYaml.json("site-policy.yaml", bytes), "another name");
        assertNull(ShippedYaml.json("../yaml/" + PolicyLoader.DEFAULT_FILE, bytes), "a path, not a name");
    }

    @Test
    void anEditedBuiltInPolicyAndTextsAreReadFromTheFolder() throws IOException, InvalidPolicyException {
        Path copy = Files.createDirectories(work.resolve("rules-drl"));
        for (Path file : builtInYaml()) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        Policy shipped = new PolicyLoader().load(copy.resolve(PolicyLoader.DEFAULT_FILE), null);
        assertEquals(new PolicyLoader().load(Project.builtInRules().resolve(PolicyLoader.DEFAULT_FILE), null), shipped);

        Path policy = copy.resolve(PolicyLoader.DEFAULT_FILE);
        String text = Files.readString(policy, StandardCharsets.UTF_8);
        Files.writeString(policy, text.replaceFirst("windowsTempMaxFiles: \\d+", "windowsTempMaxFiles: 12345"), StandardCharsets.UTF_8);
        Policy edited = new PolicyLoader().load(policy, null);
        assertEquals(12345, edited.windowsTempMaxFiles());
        assertNotEquals(shipped.windowsTempMaxFiles(), edited.windowsTempMaxFiles());

        Path texts = copy.resolve("backup" + RuleTexts.SUFFIX);
        String words = Files.readString(texts, StandardCharsets.UTF_8);
        String ruleId = words.lines().filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("#")).findFirst().orElseThrow();
        ruleId = ruleId.substring(0, ruleId.indexOf(':')).replace("\"", "").trim();
        String title = RuleTexts.read(List.of(copy), Set.of(), Set.of(), new ArrayList<>()).of(ruleId, "en").title();
        Files.writeString(texts, words.replace(title, "An edited title"), StandardCharsets.UTF_8);
        List<RuleProblem> problems = new ArrayList<>();
        assertEquals("An edited title", RuleTexts.read(List.of(copy), Set.of(), Set.of(), problems).of(ruleId, "en").title());
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
