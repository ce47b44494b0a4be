package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.ClockSkew;

/** clock-offset: w32tm /stripchart /dataonly, in English and in French. */
class ClockOffsetParserTest {

    @Test
    void theMedianSampleWithTheSignOfTheServersOwnOffset() throws Exception {
        // w32tm: the source is 0.40 s ahead of this server, so the server is 0.40 s behind (one outlier ignored).
        assertEquals(new ClockSkew(-0.401, "time.windows.com"), Outputs.parse(Outputs.fixture("clock-offset", "w32tm-en.txt")).clock);
    }

    @Test
    void frenchOutputWithADecimalCommaAndAFailedSample() throws Exception {
        ClockSkew clock = Outputs.parse(Outputs.fixture("clock-offset", "w32tm-fr.txt")).clock;
        assertEquals(new ClockSkew(742.602, "DC01.fabrikam.fr"), clock);
        assertTrue(clock.exceeds(300));
    }

    @Test
    void noSampleOrAFailedCommandLeavesTheClockUnknown() {
        UnusableOutputException errors = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("clock-offset", "w32tm-errors.txt")));
        assertEquals("no sample reached the time source (last error 0x800705B4)", errors.getMessage());
        assertEquals(6, errors.line());
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("clock-offset", "Tracking x [1.2.3.4:123].\r\n")));
        UnusableOutputException failed = assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("clock-offset", -2147012889,
                "L'erreur suivante s'est produite : Hôte inconnu. (0x80072AF9)", null)));
        assertTrue(failed.getMessage().contains("0x80072AF9"), failed.getMessage());
    }
}
