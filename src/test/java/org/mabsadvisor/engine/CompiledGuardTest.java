package org.mabsadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        List<RuleProblem> problems = CompiledGuard.check("rules", Map.of(probe, classBytes(probe)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("forbidden: the compiled rules call java.lang.System.exit (in " + probe + ")"),
                problems.get(0).message());
    }

    @Test
    void aClassThatEndsNothingPasses() throws IOException {
        String guard = "org.mabsadvisor.engine.RuleGuard";
        assertEquals(List.of(), CompiledGuard.check("rules", Map.of(guard, classBytes(guard))));
        assertTrue(CompiledGuard.calls(classBytes(guard)).contains("java/util/regex/Pattern.compile"));
    }

    @Test
    void bytesThatAreNoClassAreAProblemNotACrash() {
        List<RuleProblem> problems = CompiledGuard.check("rules", Map.of("x", new byte[] {1, 2, 3}));
        assertEquals(1, problems.size());
    }
}
