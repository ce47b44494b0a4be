package org.mabsadvisor.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.bundle.Spec;
import org.mabsadvisor.bundle.SpecList;
import org.mabsadvisor.testing.Project;

/** Keeps docs/collecting.md in step with collect/specs.json and with the collector's parameters. */
class CollectingDocTest {
    private static final Path DOC = Project.root().resolve("docs/collecting.md");

    @Test
    void everySpecIsListedWithItsOutputFile() throws Exception {
        String doc = Files.readString(DOC);
        for (Spec s : SpecList.builtIn().specs()) {
            assertTrue(doc.contains("| `" + s.name() + "` | " + s.description().replace("|", "\\|") + " |"), "the table lacks spec " + s.name());
            assertTrue(doc.contains("| `" + s.output() + "` | " + (s.localized() ? "yes" : "no") + " |"), "the table lacks the output of " + s.name());
        }
    }

    @Test
    void everyCommandIsShownExactly() throws Exception {
        String doc = Files.readString(DOC);
        for (Spec s : SpecList.builtIn().specs()) {
            assertTrue(doc.contains("`" + s.name() + "`\n\n```powershell\n" + s.command() + "\n```"), "the exact command of " + s.name() + " is not shown");
        }
    }

    @Test
    void everyParameterOfTheCollectorIsDocumented() throws Exception {
        String doc = Files.readString(DOC);
        String script = Files.readString(Project.collector().resolve("Collect-MabsFacts.ps1"));
        for (String parameter : List.of("OutputDirectory", "EventDays", "ProtectedServers", "TimeSource", "Redact")) {
            assertTrue(script.contains("$" + parameter), parameter);
            assertTrue(doc.contains("| `-" + parameter + "` |"), "docs/collecting.md lacks the parameter -" + parameter);
        }
    }
}
