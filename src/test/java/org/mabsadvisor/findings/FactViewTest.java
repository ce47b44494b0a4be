package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InvalidFactsException;

/** A view for one report describes each fact once; what it hands out for evidence is the caller's own. */
class FactViewTest {

    @Test
    void aReportsViewDescribesEachFactOnceAndEvidenceGetsItsOwnMap() {
        FactView shared = new FactView();
        FactView view = shared.forOneReport();
        Event event = new Event(null, "MABS01", null, "Backup", "1", null, "Failed", null);
        Event equal = new Event(null, "MABS01", null, "Backup", "1", null, "Failed", null);
        assertSame(view.describeAll(event), view.describeAll(event));
        assertNotSame(view.describeAll(event), view.describeAll(equal), "facts are told apart by identity, as the engine does");
        assertEquals(shared.describeAll(event), view.describeAll(event));
        Map<String, Object> evidence = view.describe(event);
        assertEquals(Map.of("host", "MABS01", "operation", "Backup", "errorId", "1", "message", "Failed"), evidence);
        evidence.clear();
        assertTrue(view.describeAll(event).containsKey("time"), "unknown values stay for templates");
        assertEquals(4, view.describe(event).size(), "the evidence map was a copy");
    }

    /** A field read alone is what the whole description holds under its name, for every fact of every sample. */
    @Test
    void aFieldReadAloneIsWhatTheDescriptionShows() throws IOException, InvalidFactsException {
        FactView view = new FactView();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int fields = 0;
        for (Path sample : samples) {
            for (FactSet.Entry entry : FactSet.of(new FactsLoader().load(sample)).entries()) {
                Object fact = entry.fact();
                Map<String, Object> described = view.describeAll(fact);
                for (Map.Entry<String, Object> field : described.entrySet()) {
                    assertEquals(field.getValue(), view.field(fact, field.getKey()), sample + " " + entry.pointer() + " " + field.getKey());
                    fields++;
                }
                assertSame(FactView.NO_FIELD, view.field(fact, "noSuchField"), entry.pointer());
                assertSame(FactView.NO_FIELD, view.field(fact, "normalizedMessage"), "a field the file does not show is not one");
            }
        }
        assertTrue(fields > 1000, "the samples hold facts with fields: " + fields);
    }
}
