package org.mabsadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.stream.Stream;
import org.mabsadvisor.testing.Project;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The method references of compiled classes, read from their constant pool. */
class CompiledGuardTest {

    private static byte[] classBytes(String name) throws IOException {
        try (InputStream in = CompiledGuardTest.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aClassCallingSystemExitIsRefusedWhateverItsSourceLookedLike() throws IOException {
        String probe = "org.mabsadvisor.cli.ExitGuardProbe";
        List<RuleProblem> problems = CompiledGuard.check("rules", Map.of(probe, classBytes(probe))).stream()
                .filter(p -> p.message().startsWith("forbidden: ")).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("forbidden: the compiled rules call java.lang.System.exit (in " + probe + ")"),
                problems.get(0).message());
    }

    @Test
    void everyClassCompiledFromTheBuiltInRulesIsOnTheAllowList() throws IOException {
        // The built-in rules use every construct rules are written with: their executable model must pass.
        Path classes = Project.root().resolve("target/classes");
        Map<String, byte[]> compiled = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                boolean generated = name.startsWith("org/drools/project/")
                        || (name.startsWith("org/mabsadvisor/rules/") && name.split("/").length > 4);
                if (generated) {
                    compiled.put(name.replace('/', '.').replaceAll("\\.class$", ""), Files.readAllBytes(f));
                }
            }
        }
        assertTrue(compiled.size() > 300, "generated classes found: " + compiled.size());
        assertEquals(List.of(), CompiledGuard.check("rules-drl", compiled));
    }

    @Test
    void aClassUsingFilesOrReflectionIsUnsafe() throws IOException {
        String reader = "org.mabsadvisor.input.InputFiles";
        List<RuleProblem> problems = CompiledGuard.check("rules", Map.of(reader, classBytes(reader)));
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("unsafe: the compiled rules use java.nio.file.")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.message().startsWith("forbidden: ")), problems.toString());
        assertTrue(CompiledGuard.allowedClass("java/util/ArrayList"));
        assertTrue(CompiledGuard.allowedClass("[Ljava/lang/String;"));
        assertFalse(CompiledGuard.allowedClass("java/util/zip/ZipFile"));
        assertFalse(CompiledGuard.allowedClass("java/util/logging/FileHandler"));
        assertFalse(CompiledGuard.allowedClass("java/beans/Statement"));
        assertFalse(CompiledGuard.allowedClass("javax/naming/InitialContext"));
        assertFalse(CompiledGuard.allowedClass("java/lang/reflect/Method"));
        assertFalse(CompiledGuard.allowedClass("java/lang/Thread"));
        assertFalse(CompiledGuard.allowedClass("java/util/concurrent/Executors"));
    }

    @Test
    void bytesThatAreNoClassAreAProblemNotACrash() {
        List<RuleProblem> problems = CompiledGuard.check("rules", Map.of("x", new byte[] {1, 2, 3}));
        assertEquals(1, problems.size());
    }
}
