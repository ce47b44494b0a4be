package org.mabsadvisor.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The natural order of rule ids, which every report sorts its checks by. */
class RuleCatalogueTest {

    @Test
    void numbersCompareByValueAndARowComesBeforeItsSuffixedRules() {
        List<String> ids = new ArrayList<>(List.of("BASIC-10", "AV-02", "BASIC-2", "BASIC-02a", "BASIC-02", "AV-1", "CBP-03-FR", "CBP-03", "SITE-001"));
        ids.sort(RuleCatalogue::byCatalogueOrder);
        assertEquals(List.of("AV-1", "AV-02", "BASIC-2", "BASIC-02", "BASIC-02a", "BASIC-10", "CBP-03", "CBP-03-FR", "SITE-001"), ids);
    }

    /** The order is the one ids had when they were split with a regular expression and compared run by run. */
    @Test
    void sameOrderAsSplittingIntoRuns() {
        Random random = new Random(5);
        String alphabet = "AB-_.09 1x5";
        List<String> ids = new ArrayList<>(List.of("BASIC-01", "BASIC-1", "BASIC-10", "PG-04", "PG-04b", "a", "0", "00", "10", "9"));
        for (int n = 0; n < 400; n++) {
            StringBuilder id = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ids.add(id.toString());
        }
        for (String a : ids) {
            for (String b : ids) {
                assertEquals(Integer.signum(bySplitting(a, b)), Integer.signum(RuleCatalogue.byCatalogueOrder(a, b)), a + " vs " + b);
            }
        }
        assertTrue(RuleCatalogue.byCatalogueOrder("X-99999999999999999999", "X-100000000000000000000") < 0, "numbers of any length");
    }

    /** The former implementation, as the reference. */
    private static int bySplitting(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0))
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
