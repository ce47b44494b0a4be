package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Event;

/** Placeholders of rule texts filled from a firing's bindings. */
class TemplateTest {
    private final FactView view = new FactView().forOneReport();

    @Test
    void placeholdersAreFilledAndEverythingElseKeptAsWritten() {
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put("$error", new Event(null, "SQL01", null, "Backup", null, null, "Cost $1 \\ {x} on C:\\Temp", null));
        bindings.put("$size", 5L * 1024 * 1024 * 1024);
        bindings.put("$none", null);
        bindings.put("host", "MABS01");
        assertEquals("On MABS01: Cost $1 \\ {x} on C:\\Temp (Backup on SQL01), 5.0 GB, (unknown), {$typo} {$error.nope} { not one }",
                Template.render("On {host}: {$error.message} ({$error.operation} on {$error.host}), {$size|bytes}, {$none}, {$typo}"
                        + " {$error.nope} { not one }", bindings, view, Locale.ENGLISH));
        assertEquals("5,0 Go, (inconnu)", Template.render("{$size|bytes}, {$none}", bindings, view, Locale.FRENCH));
        assertEquals("Restart the service.", Template.render("Restart the service.", bindings, view, Locale.ENGLISH));
        assertEquals("", Template.render("", bindings, view, Locale.ENGLISH));
        assertNull(Template.render(null, bindings, view, Locale.ENGLISH));
    }
}
