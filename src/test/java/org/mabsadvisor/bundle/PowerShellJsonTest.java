package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes ConvertTo-Json prints: one object, an array, nothing; its dates; and broken JSON located by line. */
class PowerShellJsonTest {

    @Test
    void oneObjectAnArrayOrNothing() throws Exception {
        assertEquals(1, PowerShellJson.items("{\r\n    \"Name\":  \"VSS\"\r\n}\r\n").size());
        List<PowerShellJson.Item> two = PowerShellJson.items("[\r\n    {\r\n        \"Name\":  \"a\"\r\n    },\r\n    {\r\n        \"Name\":  \"b\"\r\n    }\r\n]");
        assertEquals(List.of(2, 5), two.stream().map(PowerShellJson.Item::line).toList());
        assertTrue(PowerShellJson.items("").isEmpty());
        assertTrue(PowerShellJson.items("\r\n").isEmpty());
        assertEquals(2, PowerShellJson.items("{\"value\": [{\"a\": 1}, {\"a\": 2}], \"Count\": 2}").size());
    }

    @Test
    void brokenJsonIsLocatedByLine() {
        UnusableOutputException cut = assertThrows(UnusableOutputException.class,
                () -> PowerShellJson.items("[\n    {\n        \"Name\":  \"a\"\n    },\n    {\n        \"Name\":  "));
        assertEquals(6, cut.line());
        assertTrue(cut.getMessage().startsWith("malformed JSON"), cut.getMessage());
        assertEquals(3, assertThrows(UnusableOutputException.class, () -> PowerShellJson.items("[\n  {\"a\": 1},\n  \"text\"\n]")).line());
        assertEquals(2, assertThrows(UnusableOutputException.class, () -> PowerShellJson.items("{\"a\": 1}\n{\"a\": 2}")).line());
        assertThrows(UnusableOutputException.class, () -> PowerShellJson.items("42"));
        assertThrows(UnusableOutputException.class, () -> PowerShellJson.items("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void valuesAsWindowsPowerShellAndPowerShell7WriteThem() throws Exception {
        PowerShellJson.Item item = PowerShellJson.items("""
                {"a": "\\/Date(1795162937000)\\/", "b": "2026-11-20T09:42:17+01:00", "c": "/Date(1795162937000+0100)/",
                 "n": 42, "s": "43", "t": "True", "f": false, "none": null, "blank": "  ", "one": "x", "many": ["x", null, "y"]}
                """).get(0);
        OffsetDateTime expected = OffsetDateTime.parse("2026-11-20T08:22:17Z");
        assertEquals(expected.toInstant(), item.time("a").toInstant());
        assertEquals(OffsetDateTime.parse("2026-11-20T08:42:17Z").toInstant(), item.time("b").toInstant());
        assertEquals(expected.toInstant(), item.time("c").toInstant());
        assertEquals(42L, item.number("n"));
        assertEquals(43L, item.number("s"));
        assertEquals(true, item.bool("t"));
        assertEquals(false, item.bool("f"));
        assertNull(item.text("none"));
        assertNull(item.text("blank"));
        assertNull(item.number("missing"));
        assertEquals(List.of("x"), item.texts("one"));
        assertEquals(List.of("x", "y"), item.texts("many"));
        assertEquals(List.of(), item.texts("none"));
        assertThrows(UnusableOutputException.class, () -> item.number("t"));
        assertThrows(UnusableOutputException.class, () -> item.bool("n"));
        assertThrows(UnusableOutputException.class, () -> item.time("one"));
    }
}
