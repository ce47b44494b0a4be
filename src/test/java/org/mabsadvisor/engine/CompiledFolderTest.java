package org.mabsadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** Which compiled rules a folder gets: shipped, cached or compiled, and the key that decides. */
class CompiledFolderTest {

    private static final CompilerStamp STAMP = new CompilerStamp("1.0", "build-1", "10.2.0");

    @TempDir
    Path work;

    private static List<Path> drl(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    @Test
    void theKeyFollowsEveryFileThePolicyTheToolAndDrools() throws IOException {
        Path folder = Files.createDirectories(work.resolve("a"));
        Files.writeString(folder.resolve("one.drl"), "package p;\n");
        Files.writeString(folder.resolve("policy.yaml"), "x: 1\n");
        String key = new FolderContent(folder, drl(folder)).key(STAMP);

        Path copy = Files.createDirectories(work.resolve("elsewhere/b"));
        Files.writeString(copy.resolve("one.drl"), "package p;\n");
        Files.writeString(copy.resolve("policy.yaml"), "x: 1\n");
        assertEquals(key, new FolderContent(copy, drl(copy)).key(STAMP), "the same content anywhere has the same key");

        assertNotEquals(key, new FolderContent(folder, drl(folder)).key(new CompilerStamp("1.0", "build-2", "10.2.0")));
        assertNotEquals(key, new FolderContent(folder, drl(folder)).key(new CompilerStamp("1.0", "build-1", "10.3.0")));
        Files.writeString(folder.resolve("policy.yaml"), "x: 2\n");
        String policyChanged = new FolderContent(folder, drl(folder)).key(STAMP);
        assertNotEquals(key, policyChanged);
        Files.writeString(folder.resolve("one.drl"), "package p; \n");
        String ruleChanged = new FolderContent(folder, drl(folder)).key(STAMP);
        assertNotEquals(policyChanged, ruleChanged);
        Files.move(folder.resolve("one.drl"), folder.resolve("two.drl"));
        assertNotEquals(ruleChanged, new FolderContent(folder, drl(folder)).key(STAMP), "a renamed file changes the key");
    }

    @Test
    void theIndexReadsBackAsWrittenAndDamageIsRefused() throws IOException {
        CompiledFolder.Index index = new CompiledFolder.Index(CompiledFolder.FORMAT, "k", List.of("a.drl", "policy.yaml"),
                List.of(new CompiledFolder.IndexedRule("p.R1", "SITE-1", "FINDING", "R1", "HIGH", null, "MABS-TS", "STATE",
                                "https://intranet.example/r1", "a.drl", 3, 1, List.of("en"), List.of("registry:HKLM\\SOFTWARE\\X|Y"), "SITE-1", null),
                        new CompiledFolder.IndexedRule("p.R2", "SITE-2", "CAUSE", "R2 \u00e9t\u00e9", "INFO", "Sauvegarde", "MARS-TS", "ERROR",
                                null, "sub/b.drl", 40, 5, List.of(), List.of(), null, "SITE-1")),
                List.of(new CompiledFolder.IndexedProblem("a.drl", 7, 2, "a rule that may loop")),
                List.of("p.Rules1", "p.Rules2"), "abc123");
        byte[] bytes = new CompiledFolder(index, Map.of()).indexBytes();
        assertEquals(index, CompiledFolder.readIndex(bytes));

        for (int cut : new int[] {0, 3, bytes.length / 2, bytes.length - 1}) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class, () -> CompiledFolder.readIndex(truncated), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> CompiledFolder.readIndex(longer), "trailing bytes");
        byte[] otherFormat = bytes.clone();
        otherFormat[3]++;
        assertThrows(IOException.class, () -> CompiledFolder.readIndex(otherFormat), "another format");
        byte[] hugeCount = bytes.clone();
        // The key's length follows the format and the key's presence flag.
        hugeCount[5] = 0x7f;
        assertThrows(IOException.class, () -> CompiledFolder.readIndex(hugeCount), "a length beyond the bytes");
    }

    @Test
    void theBuiltInRulesAreShippedCompiled() throws InvalidRulesException {
        RuleBase base = new RuleCompiler().compile(List.of(Project.builtInRules()));
        assertEquals(CompiledFrom.Origin.SHIPPED, base.compiledFrom().get(0).origin());
        assertTrue(base.rules().size() > 100);
        assertTrue(base.notes().isEmpty(), base.notes().toString());
    }

    @Test
    void anEditedBuiltInFolderIsCompiledNotServedFromTheTool() throws IOException, InvalidRulesException {
        Path copy = work.resolve("rules-drl");
        try (Stream<Path> files = Files.walk(Project.builtInRules())) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(Project.builtInRules().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        RuleBase unchanged = new RuleCompiler().compile(List.of(copy));
        assertEquals(CompiledFrom.Origin.SHIPPED, unchanged.compiledFrom().get(0).origin(), "same content, wherever it is");

        Path backup = copy.resolve("backup.drl");
        String text = Files.readString(backup, StandardCharsets.UTF_8);
        String id = unchanged.rules().stream().filter(r -> r.file().equals(backup.toString())).findFirst().orElseThrow().id();
        Severity before = unchanged.byId().get(id).severity();
        Severity after = before == Severity.LOW ? Severity.HIGH : Severity.LOW;
        String edited = text.replaceFirst("@severity\\(\"" + before.label() + "\"\\)", "@severity(\"" + after.label() + "\")");
        assertNotEquals(text, edited);
        Files.writeString(backup, edited, StandardCharsets.UTF_8);

        Path cacheFolder = work.resolve("cache");
        RuleBase changed = new RuleCompiler(CompiledRuleCache.at(cacheFolder)).compile(List.of(copy));
        assertEquals(CompiledFrom.Origin.COMPILED, changed.compiledFrom().get(0).origin());
        assertEquals(after, changed.byId().get(changed.rules().stream()
                .filter(r -> r.file().equals(backup.toString())).findFirst().orElseThrow().id()).severity());
        RuleBase again = new RuleCompiler(CompiledRuleCache.at(cacheFolder)).compile(List.of(copy));
        assertEquals(CompiledFrom.Origin.CACHED, again.compiledFrom().get(0).origin());
        assertEquals(changed.rules().size(), again.rules().size());
        assertEquals(changed.rules().stream().map(r -> r.id() + r.severity() + r.file() + r.line() + r.reads()).toList(),
                again.rules().stream().map(r -> r.id() + r.severity() + r.file() + r.line() + r.reads()).toList(),
                "a cached folder declares exactly what the compiled one did, fact types read included");
    }

    @Test
    void whatTheExecutableModelCannotTakeIsCompiledAsDrl() throws IOException, InvalidRulesException {
        // A function of one folder used by a rule of another, in the same package: each folder
        // alone does not compile, all together do.
        Path shared = Files.createDirectories(work.resolve("shared"));
        Files.writeString(shared.resolve("functions.drl"), """
                package site.shared;
                function boolean always() { return true; }
                """);
        Path uses = Files.createDirectories(work.resolve("uses"));
        Files.writeString(uses.resolve("rule.drl"), """
                package site.shared;
                import org.mabsadvisor.facts.MarsAgent;
                rule "SITE-FN-01 uses a function of another folder"
                    @id("SITE-FN-01") @severity("low") @reference("https://intranet.example/fn")
                when
                    MarsAgent( always() )
                then
                end
                """);
        RuleBase base = new RuleCompiler().compile(List.of(Project.builtInRules(), shared, uses));
        assertTrue(base.compiledFrom().stream().allMatch(c -> c.origin() == CompiledFrom.Origin.DRL), base.compiledFrom().toString());
        assertTrue(base.byId().containsKey("SITE-FN-01"));
        assertTrue(base.notes().get(0).startsWith("compiled as DRL"), base.notes().toString());
    }

    @Test
    void theBuildRefusesAFolderThatUsesAnIdTwice() throws IOException {
        Path folder = Files.createDirectories(work.resolve("twice"));
        String rule = """
                rule "%s"
                    @id("SITE-DUP-01") @severity("low") @reference("https://intranet.example/dup")
                when
                    MarsAgent()
                then
                end
                """;
        Files.writeString(folder.resolve("a.drl"), "package site.dup;\nimport org.mabsadvisor.facts.MarsAgent;\n" + rule.formatted("first"));
        Files.writeString(folder.resolve("b.drl"), "package site.dup;\nimport org.mabsadvisor.facts.MarsAgent;\n" + rule.formatted("second"));
        InvalidRulesException e = assertThrows(InvalidRulesException.class, () -> new RuleCompiler().compileAlone(folder));
        assertEquals(1, e.problems().size(), e.problems().toString());
        RuleProblem p = e.problems().get(0);
        assertEquals(folder.resolve("b.drl").toString(), p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("duplicate rule id SITE-DUP-01, already used at " + folder.resolve("a.drl") + ":3"), p.message());
    }

    @Test
    void aFolderWithoutRulesIsSaidSoAndCachedWithoutBeingTakenForDamage() throws IOException, InvalidRulesException {
        Path empty = Files.createDirectories(work.resolve("empty-site"));
        Path cacheFolder = work.resolve("cache");
        RuleBase first = new RuleCompiler(CompiledRuleCache.at(cacheFolder)).compile(List.of(Project.builtInRules(), empty));
        assertEquals(List.of(empty + " holds no .drl file: no rule of it runs"), first.notes());
        RuleBase again = new RuleCompiler(CompiledRuleCache.at(cacheFolder)).compile(List.of(Project.builtInRules(), empty));
        assertEquals(CompiledFrom.Origin.CACHED, again.compiledFrom().get(1).origin());
        assertEquals(first.notes(), again.notes(), "no damaged entry");
        assertEquals(first.rules().size(), again.rules().size());
    }
}
