package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Event;

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
}
