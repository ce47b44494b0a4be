package org.mabsadvisor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.Main;
import org.mabsadvisor.engine.InvalidRulesException;
import org.mabsadvisor.engine.RuleCompiler;
import org.mabsadvisor.testing.Project;

/**
 * Follows docs/authoring-rules.md as a new user would, so that the guide cannot rot. Each fenced
 * block of the guide comes after a marker, an HTML comment that says what to do with it:
 *
 * <ul>
 * <li>{@code <!-- file: PATH -->}: write the block to PATH in the working folder;</li>
 * <li>{@code <!-- run: exit N -->}: run each {@code ./mabs-advisor} line of the block in process,
 *     expecting exit code N;</li>
 * <li>{@code <!-- output -->}: each line of the block must appear, in order, in what the commands just
 *     run printed ({@code ...} stands for any text);</li>
 * <li>{@code <!-- condition -->}: the block is the condition of a rule, which must compile;</li>
 * <li>{@code <!-- example -->}: shown only (the format of something the other blocks exercise).</li>
 * </ul>
 *
 * The working folder is a temporary copy of the parts of the project folder a user works in (the
 * samples); its paths are shown relative in the outputs, as the guide shows them.
 */
class AuthoringGuideTest {

    private static final Path GUIDE = Project.root().resolve("docs/authoring-rules.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^<!-- ([a-z]+)(?::\\s*(.*?))? -->\\s*\\n```([a-z]*)\\n(.*?)^```\\s*$");
    private static final Pattern ANY_FENCE = Pattern.compile("(?m)^```[a-z]+\\s*$");

    /** One marked block of the guide. */
    private record Block(String marker, String argument, String language, String body, int line) {
    }

    private static List<Block> blocks(String guide) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(guide);
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2), m.group(3), m.group(4), lineOf(guide, m.start())));
        }
        return blocks;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void everyCodeBlockOfTheGuideIsMarked() throws IOException {
        String guide = Files.readString(GUIDE);
        List<Integer> marked = blocks(guide).stream().map(b -> b.line() + 1).toList();
        Matcher fence = ANY_FENCE.matcher(guide);
        while (fence.find()) {
            int line = lineOf(guide, fence.start());
            assertTrue(marked.contains(line), "docs/authoring-rules.md:" + line
                    + ": a code block without a marker (file, run, output, condition or example) is not checked");
        }
    }

    @Test
    void theWorkedExampleRunsAsWritten(@TempDir Path work) throws IOException {
        copy(Project.samples(), work.resolve("facts-samples"));
        String guide = Files.readString(GUIDE);
        String printed = null;
        int runs = 0;
        List<Block> conditions = new ArrayList<>();
        for (Block b : blocks(guide)) {
            String where = "docs/authoring-rules.md:" + b.line() + ": ";
            switch (b.marker()) {
                case "file" -> {
                    Path target = work.resolve(b.argument());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, b.body());
                }
                case "run" -> {
                    int expected = Integer.parseInt(b.argument().replace("exit", "").trim());
                    StringBuilder all = new StringBuilder();
                    for (String command : commands(b.body())) {
                        StringWriter out = new StringWriter();
                        StringWriter err = new StringWriter();
                        int code = Main.run(arguments(command, work), new PrintWriter(out, true), new PrintWriter(err, true));
                        String shown = (out + err.toString()).replace(work + "/", "").replace(work.toString(), ".");
                        assertEquals(expected, code, where + command + "\n" + shown);
                        all.append(shown);
                        runs++;
                    }
                    printed = all.toString();
                }
                case "output" -> {
                    assertTrue(printed != null, where + "an output block must follow a run block");
                    expectLines(where, b.body(), printed);
                }
                case "condition" -> conditions.add(b);
                case "example" -> {
                    // Shown only.
                }
                default -> fail(where + "unknown marker " + b.marker());
            }
        }
        assertTrue(runs >= 10, "the guide runs too few commands: " + runs);
        compile(conditions, work);
    }

    /** The ./mabs-advisor lines of a block, with continued lines (ending in a backslash) joined. */
    private static List<String> commands(String body) {
        List<String> commands = new ArrayList<>();
        String pending = "";
        for (String line : body.split("\n")) {
            String joined = pending + line.trim();
            if (joined.endsWith("\\")) {
                pending = joined.substring(0, joined.length() - 1) + " ";
                continue;
            }
            pending = "";
            if (joined.startsWith("./mabs-advisor ")) {
                commands.add(joined.substring("./mabs-advisor ".length()));
            }
        }
        return commands;
    }

    /**
     * The words of a command, double quotes grouping; a path whose first part is in the working
     * folder (or is the folder rules new creates) is taken there, as if the user worked in it.
     */
    private static String[] arguments(String command, Path work) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean created = i > 0 && words.get(i - 1).equals("--dir");
            if (!w.startsWith("-") && !w.contains("://") && (created || Files.exists(work.resolve(w.split("/")[0])))) {
                words.set(i, work.resolve(w).toString());
            }
        }
        return words.toArray(String[]::new);
    }

    private static void expectLines(String where, String expected, String printed) {
        int from = 0;
        for (String line : expected.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String regex = Stream.of(line.strip().split("\\.\\.\\.", -1)).map(Pattern::quote).reduce((a, b) -> a + ".*").orElse("");
            Matcher m = Pattern.compile("(?m)^[ \\t]*" + regex + "[ \\t]*$").matcher(printed);
            if (!m.find(from)) {
                fail(where + "the guide shows '" + line.strip() + "' but the command printed (from there on):\n" + printed.substring(from));
            }
            from = m.end();
        }
    }

    /** Compiles each condition inside a rule that imports what rule authors import; all at once, which is quicker. */
    private static void compile(List<Block> conditions, Path work) throws IOException {
        assertTrue(conditions.size() >= 5, "the guide shows too few helper examples: " + conditions.size());
        Path folder = Files.createDirectories(work.resolve("guide-conditions"));
        for (Block b : conditions) {
            String id = "GUIDE-L" + b.line();
            Files.writeString(folder.resolve(id + ".drl"), """
                    package guide.conditions;

                    import org.mabsadvisor.facts.*;
                    import org.mabsadvisor.policy.Policy;
                    import org.mabsadvisor.rules.*;

                    rule "%1$s"
                        @id("%1$s") @severity("info") @reference("https://example.invalid/guide")
                    when
                    %2$s
                    then
                    end
                    """.formatted(id, b.body()));
        }
        try {
            new RuleCompiler().compile(List.of(folder));
        } catch (InvalidRulesException e) {
            fail("conditions of docs/authoring-rules.md do not compile (GUIDE-L<line> is the line of the block):\n"
                    + String.join("\n", e.problems().stream().map(Object::toString).toList()));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
