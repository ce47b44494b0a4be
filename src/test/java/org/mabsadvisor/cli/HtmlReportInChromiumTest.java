package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.testing.Chromium;
import org.mabsadvisor.testing.Project;

/**
 * The HTML report rendered by a real browser (headless chromium): the findings are on the page, and
 * a server named {@code <script>alert(1)</script>}, with event messages carrying an {@code <img
 * onerror>} that would mark the page if it ran, is shown as text. Without chromium this test fails
 * ("install chromium") unless -Dmabs.advisor.skipBrowserTests=true.
 */
class HtmlReportInChromiumTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOST = "<script>alert(1)</script>";
    private static final String PAYLOAD = " <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

    @Test
    void theBrowserShowsTheFindingsAndHostileNamesAsText(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.find(dir);
        Path facts = hostileFacts(dir);
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.of("analyze", "--lang", "en", "--output", "html=" + page, "--output", "json=" + dir.resolve("report.json"),
                facts.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());

        String dom = chromium.dumpDom(page);
        assertTrue(dom.contains("</html>"), "chromium rendered the page:\n" + dom);
        Matcher h1 = Pattern.compile("<h1>(.*?)</h1>").matcher(dom);
        assertTrue(h1.find(), "the page has its host heading");
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", h1.group(1), "the host name is a text node");
        assertFalse(dom.contains("<script"), "no script element exists in the rendered page");
        assertFalse(dom.contains("<img"), "no image element came from the event messages");
        assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), "no injected handler ran");
        assertTrue(dom.contains(text(PAYLOAD.strip())), "the event message is shown as text");

        assertEquals(report.get("findings").size(), count(dom, "<details"), "one expandable finding each");
        for (JsonNode finding : report.get("findings")) {
            assertTrue(dom.contains(text(finding.get("title").asText())), "the page shows " + finding.get("title"));
        }
        assertEquals(2, count(dom, "<svg"), "the charts by severity and by section are inline");
        assertEquals(2, count(dom, "<figure>"));
    }

    @Test
    void aScreenshotOfTheReportCanBeTaken(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.find(dir);
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.of("analyze", "--output", "html=" + page, Project.samples().resolve("vault-credentials-invalid.json").toString());
        assertEquals(1, run.exitCode(), run.err());
        Path png = dir.resolve("report.png");
        chromium.screenshot(page, png, 1200, 1600);
        byte[] image = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(image, 4), "a PNG image");
        assertTrue(image.length > 20_000, "a page with content, not a blank image: " + image.length + " bytes");
    }

    /** backup-failures.json with a script tag for the server name and an image with a handler in each event message. */
    private static Path hostileFacts(Path dir) throws Exception {
        ObjectNode facts = (ObjectNode) JSON.readTree(Project.samples().resolve("backup-failures.json").toFile());
        ((ObjectNode) facts.get("server")).put("name", HOST);
        for (JsonNode event : facts.get("events")) {
            ((ObjectNode) event).put("message", event.get("message").asText() + PAYLOAD);
        }
        Path file = dir.resolve("hostile.json");
        JSON.writeValue(file.toFile(), facts);
        return file;
    }

    /** How a browser serialises text: & < > as references, quotes as they are. */
    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
