package org.mabsadvisor.collector;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.mabsadvisor.testing.Project;

/**
 * The tree-sitter PowerShell grammar, from the npm registry: the build installs it (npm ci, pinned by
 * src/test/node/package-lock.json) into target/powershell-grammar the first time a test needs it,
 * then runs src/test/node/powershell-ast.cjs with node to parse PowerShell text. Without node and
 * npm the tests that need it fail, saying so.
 */
final class PowerShellGrammar {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "powershell-ast.cjs");

    /** A text to parse, named for messages. */
    record Source(String name, String text) {
    }

    /** A syntax error: where, and the text the grammar could not place. */
    record SyntaxError(int line, int column, String text) {
    }

    /** A parsed text. */
    record Parsed(String name, String text, List<SyntaxError> errors, SyntaxNode tree) {
    }

    private final Path home;

    private PowerShellGrammar(Path home) {
        this.home = home;
    }

    /** Installs the grammar if needed (a clean build does it once) and returns it. */
    static PowerShellGrammar install() throws IOException, InterruptedException {
        String node = version("node");
        String npm = version(npmCommand());
        if (node == null || npm == null) {
            fail("Node.js (18 or later) and npm are needed to check the PowerShell collector: the tests parse it with the "
                    + "tree-sitter PowerShell grammar from the npm registry. Install them (Debian: apt-get install nodejs npm) and run "
                    + "the build again. Found: node " + (node == null ? "missing" : node) + ", npm " + (npm == null ? "missing" : npm) + ".");
        }
        Path home = Project.root().resolve("target/powershell-grammar");
        Files.createDirectories(home);
        for (String f : FILES) {
            Files.copy(Project.root().resolve("src/test/node").resolve(f), home.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path stamp = home.resolve("node_modules/.mabs-advisor-lock");
        String lock = sha256(Files.readAllBytes(home.resolve("package-lock.json")));
        if (!Files.exists(stamp) || !Files.readString(stamp).equals(lock)) {
            Process npmCi = new ProcessBuilder(npmCommand(), "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(home.toFile()).redirectErrorStream(true).start();
            String log = new String(npmCi.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npmCi.waitFor(10, TimeUnit.MINUTES) || npmCi.exitValue() != 0) {
                fail("npm ci of the PowerShell grammar failed in " + home + " (is the npm registry reachable?):\n" + log);
            }
            Files.writeString(stamp, lock);
        }
        return new PowerShellGrammar(home);
    }

    /** Parses the texts. */
    List<Parsed> parse(List<Source> sources) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", home.resolve("powershell-ast.cjs").toString()).directory(home.toFile()).start();
        byte[] input = JSON.writeValueAsBytes(sources);
        Thread writer = new Thread(() -> {
            try (var in = p.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // The parser's own error output says why it stopped reading.
            }
        });
        writer.start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        writer.join();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail("powershell-ast.cjs failed: " + err);
        }
        List<Parsed> parsed = new ArrayList<>();
        JsonNode results = JSON.readTree(out);
        for (int i = 0; i < sources.size(); i++) {
            JsonNode r = results.get(i);
            List<SyntaxError> errors = new ArrayList<>();
            r.get("errors").forEach(e -> errors.add(new SyntaxError(e.get("line").asInt(), e.get("column").asInt(), e.get("text").asText())));
            parsed.add(new Parsed(sources.get(i).name(), sources.get(i).text(), errors, JSON.treeToValue(r.get("tree"), SyntaxNode.class)));
        }
        return parsed;
    }

    Parsed parse(String name, String text) throws IOException, InterruptedException {
        return parse(List.of(new Source(name, text))).get(0);
    }

    private static String npmCommand() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    /** The version a program prints, or null when it cannot be run. */
    private static String version(String program) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0 ? out.lines().reduce((a, b) -> b).orElse(out) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
