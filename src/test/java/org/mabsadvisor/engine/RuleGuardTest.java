package org.mabsadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Project;

/** What the guard flags in rule files, where, and what it leaves alone. */
class RuleGuardTest {

    private static List<String> problems(Path folder) {
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> new RuleCompiler().compile(List.of(folder)));
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    @Test
    void everyHazardIsLocatedInImportsFunctionsConditionsAndConsequences() {
        List<String> found = problems(Project.root().resolve("src/test/resources/bad-rules/unsafe"));
        List<String> expected = List.of(
                "4:1 unsafe: import java.io.File is outside the allow-list",
                "5:1 unsafe: import java.lang.System.exit is outside the allow-list",
                "5:27 forbidden: System.exit can end the process",
                "6:1 unsafe: import java.util.concurrent.Executors is outside the allow-list",
                "9:12 unsafe: java.nio reaches files and streams, in function exists",
                "9:39 unsafe: java.nio reaches files and streams, in function exists",
                "15:39 unsafe: System.getenv reads or changes the environment of the process; rules read facts, in a condition of rule",
                "16:11 unsafe: Class.forName is reflection, in a condition of rule",
                "20:5 forbidden: System.exit can end the process",
                "20:5 unsafe: System.exit ends the whole process, in the consequence of rule",
                "21:5 forbidden: Runtime.getRuntime can end the process",
                "21:5 unsafe: Runtime can run programs and stop the process, in the consequence of rule",
                "22:9 unsafe: Thread runs threads, in the consequence of rule",
                "23:9 unsafe: java.net reaches the network, in the consequence of rule",
                "24:19 unsafe: getDeclaredFields is reflection, in the consequence of rule",
                "24:42 unsafe: setAccessible is reflection, in the consequence of rule");
        assertEquals(expected.size(), found.size(), String.join("\n", found));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(found.get(i).startsWith(expected.get(i)), "expected " + expected.get(i) + "\nfound    " + found.get(i));
        }
    }

    @Test
    void wordsInStringsAndCommentsAreNotCode() {
        String blanked = RuleGuard.blankLiteralsAndComments("x(\"System.exit\"); // Runtime\n/* File */ y('URL') + \"a\\\"Thread\"");
        assertTrue(!blanked.contains("System") && !blanked.contains("Runtime") && !blanked.contains("File")
                && !blanked.contains("URL") && !blanked.contains("Thread"), blanked);
        assertEquals("x(\"System.exit\"); // Runtime\n".length(), blanked.indexOf('\n') + 1, "offsets are kept");
    }

    @Test
    void allowedImportsAndHelpersPass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fine.drl"), """
                package site.fine;

                import org.mabsadvisor.facts.*;
                import org.mabsadvisor.policy.Policy;
                import org.mabsadvisor.rules.Versions;
                import function org.mabsadvisor.rules.Messages.mentions;
                import java.util.List;
                import java.time.Duration;
                import java.lang.Math;

                rule "SITE-FINE reads facts with helpers"
                    @id("SITE-FINE") @severity("low") @reference("https://intranet.example/fine")
                when
                    $agent : MarsAgent( Versions.isOlder(version, "2.0.9300"), Math.abs(1) == 1 )
                    $e : Event( mentions(message, "File server unreachable", "Runtime error") )
                then
                end
                """);
        RuleBase base = new RuleCompiler().compile(List.of(dir));
        assertEquals(List.of("SITE-FINE"), base.rules().stream().map(RuleInfo::id).toList());
        assertTrue(base.unsafe().isEmpty());
    }

    @Test
    void allowedUnsafeRulesCompileAndAreListedAsWarnings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("env.drl"), """
                package site.env;

                import org.mabsadvisor.facts.*;

                rule "SITE-ENV reads the environment"
                    @id("SITE-ENV") @severity("low") @reference("https://intranet.example/env")
                when
                    MabsServer( System.getenv("NO_SUCH_VARIABLE_HERE") != null )
                then
                end
                """);
        assertThrows(InvalidRulesException.class, () -> new RuleCompiler().compile(List.of(dir)));
        RuleBase base = new RuleCompiler().compile(new RuleSources(List.of(dir), Set.of(), RuleOverrides.NONE, true));
        assertEquals(1, base.rules().size());
        // Seen twice: in the text, where it is written, and in the compiled classes, whatever was written.
        assertEquals(2, base.unsafe().size(), base.unsafe().toString());
        assertEquals(8, base.unsafe().get(0).line());
        assertEquals(17, base.unsafe().get(0).column());
        assertTrue(base.unsafe().get(1).message().contains("call java.lang.System.getenv"), base.unsafe().toString());
    }
}
