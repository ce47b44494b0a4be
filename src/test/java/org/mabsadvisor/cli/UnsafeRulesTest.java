package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mabsadvisor.testing.ForkedRun;
import org.mabsadvisor.testing.Project;

/** Rule code that got past the guard: unicode escapes, doors it did not name, ending the process. */
class UnsafeRulesTest {

    private static final String HEALTHY = Project.samples().resolve("healthy.json").toString();
    private static final Path TEXTS = Project.root().resolve("src/test/resources/bad-rules/loop/loop.texts.yaml");

    private static Path rules(Path dir, String consequence) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.copy(TEXTS, rules.resolve("loop.texts.yaml"));
        Files.writeString(rules.resolve("loop.drl"), "package site.rules;\n\nimport org.mabsadvisor.facts.*;\n\n"
                + "rule \"SITE-LOOP refires forever\"\n    @id(\"SITE-LOOP\") @severity(\"low\") @section(\"basic-troubleshooting\")\n"
                + "when\n    $server : MabsServer()\nthen\n    " + consequence + "\nend\n");
        return rules;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\u0053ystem.exit(0);                                           | 10:5: forbidden: the unicode escape \\u0053",
        "System.exit(0);                                                 | 10:5: forbidden: System.exit can end the process",
        "java.util.function.IntConsumer c = System::exit; c.accept(0);   | forbidden: System::exit can end the process",
        "Runtime.getRuntime().halt(0);                                   | forbidden: Runtime.getRuntime can end the process",
        "// \\u000A System.out.println(1);                               | forbidden: the unicode escape \\u000A",
    })
    void whatEndsTheProcessOrHidesCodeIsRefusedEvenWhenUnsafeRulesAreAllowed(String consequence, String expected, @TempDir Path dir)
            throws Exception {
        Path rules = rules(dir, consequence.strip());
        CliRun run = CliRun.of("analyze", "--allow-unsafe-rules", "--no-cache", "--rules", rules.toString(), HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected.strip()), "expected '" + expected.strip() + "' in:\n" + run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "new java.beans.Statement($server, \"toString\", new Object[0]).execute();      | java.beans is outside what rules may use",
        "Object o = new javax.naming.InitialContext().lookup(\"rmi://x/y\");            | javax.naming is outside what rules may use",
        "java.rmi.Naming.lookup(\"rmi://x/y\");                                          | java.rmi is outside what rules may use",
        "new java.util.logging.FileHandler(\"/tmp/x\");                                  | java.util.logging reaches files or the system",
        "new java.util.zip.ZipFile(\"/tmp/x.zip\");                                      | java.util.zip reaches files or the system",
    })
    void doorsTheGuardDidNotNameAreFlaggedAndAllowedOnlyWithAWarning(String consequence, String expected, @TempDir Path dir) throws Exception {
        Path rules = rules(dir, consequence.strip());
        CliRun refused = CliRun.of("analyze", "--no-cache", "--rules", rules.toString(), HEALTHY);
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("unsafe: " + expected.strip()), "expected '" + expected.strip() + "' in:\n" + refused.err());
    }

    @Test
    void theWarningForAllowedUnsafeRulesComesBeforeTheyRun(@TempDir Path dir) throws Exception {
        Path rules = rules(dir, "throw new IllegalStateException(String.valueOf(new java.io.File(\"x\").exists()));");
        CliRun run = CliRun.of("analyze", "--allow-unsafe-rules", "--no-cache", "--rules", rules.toString(), HEALTHY);
        assertEquals(2, run.exitCode(), run.err());
        int warning = run.err().indexOf("warning: running rules that do what rules should not");
        int failure = run.err().indexOf("the analysis stopped");
        assertTrue(warning >= 0 && warning < failure, run.err());
    }

    /** In a JVM of its own: an exit that is not the tool's own is exit 3, with a message. */
    @Test
    void anExitThatIsNotTheToolsOwnIsExitThree() throws Exception {
        ForkedRun early = ForkedRun.main("org.mabsadvisor.cli.ExitGuardProbe", 64, null, null);
        assertEquals(3, early.exitCode(), early.err());
        assertTrue(early.err().contains("the run was ended before it was done"), early.err());
        ForkedRun own = ForkedRun.main("org.mabsadvisor.cli.ExitGuardProbe", 64, null, null, "finish");
        assertEquals(0, own.exitCode(), own.err());
    }
}
