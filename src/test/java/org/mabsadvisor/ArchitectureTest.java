package org.mabsadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.testing.Project;

/**
 * The arrows between packages run one way (docs/architecture.md): each package below may import
 * only the packages listed for it, read from the import lines of its sources. A new arrow is a
 * decision to take in that page and here, not a slip.
 */
class ArchitectureTest {

    /** What each package may import, of the tool's own packages and of Drools (drools, kie). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("input", Set.of()),
            Map.entry("facts", Set.of("input")),
            Map.entry("bundle", Set.of("facts", "input")),
            Map.entry("rules", Set.of("facts", "policy")),
            Map.entry("trends", Set.of("facts", "policy")),
            Map.entry("store", Set.of()),
            Map.entry("report", Set.of("facts", "input")),
            Map.entry("formats", Set.of("report", "facts", "input")),
            Map.entry("engine", Set.of("facts", "input", "drools", "kie")));

    /** An import of one of the tool's packages (group 1) or of Drools (group 2). */
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.(?:mabsadvisor\\.([a-z]+)|(drools|kie))\\.", Pattern.MULTILINE);

    @Test
    void eachPackageImportsOnlyWhatItsPlaceAllows() throws IOException {
        Path main = Project.root().resolve("src/main/java/org/mabsadvisor");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
            try (Stream<Path> files = Files.walk(main.resolve(rule.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String target = m.group(1) != null ? m.group(1) : m.group(2);
                        if (!target.equals(rule.getKey()) && !rule.getValue().contains(target)) {
                            wrong.add(main.relativize(file) + " imports " + target);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyTheCommandLineKnowsTheCommandLine() throws IOException {
        Path main = Project.root().resolve("src/main/java/org/mabsadvisor");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(main.resolve("cli"))).toList()) {
                if (Files.readString(file).contains("import org.mabsadvisor.cli.") || Files.readString(file).contains("import picocli.")) {
                    wrong.add(main.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), wrong, "the command line is the top of the house: nothing below imports it or picocli");
    }
}
