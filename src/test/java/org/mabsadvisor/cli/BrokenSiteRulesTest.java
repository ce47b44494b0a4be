package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.ForkedRun;
import org.mabsadvisor.testing.Project;

/**
 * Site rules that broke the tool instead of being reported: brackets nested 5,000 deep, a package
 * named with a Java keyword, a loop of links in the folder. Each is located, exit 2, and left out
 * by --skip-broken-rules.
 */
class BrokenSiteRulesTest {

    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();
    private static final Path LOOP_TEXTS = Project.root().resolve("src/test/resources/bad-rules/loop/loop.texts.yaml");

    private static String rule(String packageName, String condition) {
        return "package " + packageName + ";\nimport org.mabsadvisor.facts.*;\n\nrule \"SITE-X x\"\n"
                + "    @id(\"SITE-X\") @severity(\"low\") @section(\"basic-troubleshooting\")\nwhen\n    " + condition + "\nthen\nend\n";
    }

    private static void assertLocatedAndSkippable(Path rules, String expected) throws Exception {
        CliRun run = CliRun.of("analyze", "--rules", rules.toString(), HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in:\n" + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("internal error"), run.err());
        CliRun skipped = CliRun.of("analyze", "--skip-broken-rules", "--rules", rules.toString(), HEALTHY);
        assertEquals(0, skipped.exitCode(), skipped.err());
        assertTrue(skipped.err().contains("left out broken site rule files") && skipped.err().contains(expected), skipped.err());
        assertTrue(skipped.out().contains("MABS01"), "the report is written");
    }

    /** In a JVM of its own: before, the parser's stack overflowed and the run then hung. */
    @Test
    void bracketsNestedFiveThousandDeep(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("deep.drl"), rule("site.rules", "MabsServer( " + "(".repeat(5000) + "name == \"x\"" + ")".repeat(5000) + " )"));
        ForkedRun run = ForkedRun.of(256, null, "analyze", "--rules", rules.toString(), HEALTHY);
        assertFalse(run.hung(), "no hang");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(rules.resolve("deep.drl") + ":7:116: brackets are nested more than 100 deep here"), run.err());
        assertFalse(run.err().contains("StackOverflowError"), run.err());
        assertLocatedAndSkippable(rules, "deep.drl:7:116: brackets are nested more than 100 deep");
    }

    @Test
    void aPackageNamedWithAJavaKeyword(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("keyword.drl"), rule("site.class", "MabsServer()"));
        assertLocatedAndSkippable(rules, rules.resolve("keyword.drl") + ":1:9: package site.class is not a Java package name");
    }

    @Test
    void aLoopOfLinksInTheFolder(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.copy(LOOP_TEXTS, rules.resolve("loop.texts.yaml"));
        Path sub = Files.createDirectory(rules.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
        assertLocatedAndSkippable(rules, sub.resolve("up") + ":0:0: is a link to a folder that holds it (a loop of links)");
    }
}
