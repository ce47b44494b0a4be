package org.mabsadvisor.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.testing.Chromium;
import org.mabsadvisor.testing.FleetGenerator;

/**
 * The fleet page of 2,000 hosts in headless chromium: the table sorts and filters (driven by the
 * address, as the page's script reads it), a host's details appear on demand (kept as text until then), the most frequent
 * rules show their whole titles, and the page's Content-Security-Policy lets its own script run
 * (a wrong hash would leave the table as written). The time chromium takes is printed, not
 * asserted: it depends on the machine's load.
 */
class FleetHtmlInChromiumTest {
    private static final int HOSTS = 2000;

    @Test
    void twoThousandHostsSortFilterAndOpenOnDemand(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.find(dir);
        FleetGenerator.Fleet fleet = FleetGenerator.generate(dir.resolve("fleet"), HOSTS, 0, 11);
        Path page = dir.resolve("fleet.html");
        CliRun run = CliRun.of("analyze", "--lang", "en", "--quiet", "--format", "json", "-o", "html=" + page, "-o", "json=" + dir.resolve("f.json"),
                fleet.folder().toString());
        assertTrue(run.exitCode() <= 1, run.err());
        long bytes = Files.size(page);

        long start = System.nanoTime();
        String dom = chromium.dumpDom(page);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fleet page of %d hosts: %.1f MB, rendered by headless chromium in %.2f s%n", HOSTS, bytes / 1e6, seconds);
        List<String> rows = rows(dom);
        assertEquals(HOSTS, rows.size(), "a row per host");
        assertEquals(0, Pattern.compile("<div id=\"host-details\">\\s*<section").matcher(dom).results().count(), "no host is laid out until asked");
        assertEquals(HOSTS, Pattern.compile("<script type=\"text/x-mabs-host\" id=\"t-host-").matcher(dom).results().count(),
                "each host's details wait as text");

        // Whole titles in the most frequent rules.
        Matcher rules = Pattern.compile("<table class=\"rules\">(.*?)</table>", Pattern.DOTALL).matcher(dom);
        assertTrue(rules.find());
        assertTrue(rules.group(1).contains("</span>AV-01</td><td>"), "the rule id, then its title in a cell of its own");

        // Filter: one host by its name.
        String host = hostName(rows.get(1234));
        String filtered = chromium.dumpDom(page.toUri() + "?filter=" + java.net.URLEncoder.encode(host, java.nio.charset.StandardCharsets.UTF_8));
        List<String> visible = rows(filtered).stream().filter(r -> !r.startsWith("<tr hidden")).toList();
        assertTrue(visible.size() >= 1 && visible.stream().allMatch(r -> r.contains(host)), "only " + host + " is shown: " + visible.size());
        assertTrue(filtered.contains("<span id=\"host-count\">" + visible.size() + "</span>"), "the count follows the filter");

        // Sort: by high findings, most first.
        String sorted = chromium.dumpDom(page.toUri() + "?sort=high&order=desc");
        List<Integer> high = rows(sorted).stream().map(r -> count(r, 3)).toList();
        List<Integer> expected = new ArrayList<>(high);
        expected.sort((a, b) -> b - a);
        assertEquals(expected, high, "rows sorted by their high findings, most first");
        assertTrue(high.get(0) > high.get(high.size() - 1), "a mixed fleet");
        assertTrue(sorted.contains("data-key=\"high\" tabindex=\"0\" aria-sort=\"descending\""), "the heading says how the table is sorted");

        // On demand: a host's section is put on the page when its link is followed.
        String opened = chromium.dumpDom(page.toUri() + "#host-7");
        assertTrue(Pattern.compile("<div id=\"host-details\">\\s*<section class=\"host\" id=\"host-7\">").matcher(opened).find(),
                "host-7 is laid out once asked for");
    }

    private static List<String> rows(String dom) {
        Matcher m = Pattern.compile("<tr( hidden=\"\")?><td><a href=\"#host-\\d+\">.*?</tr>", Pattern.DOTALL).matcher(dom);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group().replace("<tr hidden=\"\">", "<tr hidden>"));
        }
        return rows;
    }

    private static String hostName(String row) {
        Matcher m = Pattern.compile("<a href=\"#host-\\d+\">(.*?)</a>").matcher(row);
        assertTrue(m.find());
        return m.group(1);
    }

    /** The number in the row's cell at this index (0: host, 1: input, 2: critical, 3: high...). */
    private static int count(String row, int cell) {
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row);
        for (int i = 0; i <= cell; i++) {
            assertTrue(m.find(), row);
        }
        return Integer.parseInt(m.group(1));
    }
}
