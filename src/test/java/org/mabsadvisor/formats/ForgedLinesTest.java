package org.mabsadvisor.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mabsadvisor.input.Inert;
import org.mabsadvisor.report.Report;

/**
 * Values that try to forge lines or drive the terminal (CR, LF, NEL, the Unicode separators, ESC,
 * BEL, the C1 CSI, a right-to-left override), as host, evidence and fact: no human format writes
 * one of them raw; each is on its line, shown as {@code <U+XXXX>} or as a space.
 */
class ForgedLinesTest {

    private static final String HOSTILE_CHARS = "\u001b\u0007\u009b\u202e\u202c\u0085\u2028\u2029";

    private static Report forged() {
        return HostileReport.named("MABS\u001b[31m01\r\nFAKE", HostileReport.FORGERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html", "csv", "junit"})
    void noHostileCharacterIsWrittenRaw(String format) {
        String out = switch (format) {
            case "text" -> new TextReport(false).render(forged());
            case "markdown" -> new MarkdownReport().render(forged());
            case "html" -> new HtmlReport().render(forged());
            case "csv" -> new CsvReport().render(forged());
            default -> new JunitReport().render(forged());
        };
        for (char c : HOSTILE_CHARS.toCharArray()) {
            assertEquals(-1, out.indexOf(c), String.format("%s writes U+%04X raw", format, (int) c));
        }
        if (!format.equals("csv")) {
            // CSV quotes its line breaks; elsewhere a CR is only ever part of a CR LF the writer chose, or absent.
            assertFalse(out.replace("\r\n", "\n").contains("\r"), format + " writes a bare CR");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theTextReportKeepsEachValueOnItsLine(boolean colour) {
        String text = new TextReport(colour).render(forged());
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("FAKE")), "no value starts a line of its own:\n" + text);
        assertTrue(text.contains("ok FAKE: all clear CR NEL LS PS <U+001B>[2J<U+001B>]0;title<U+0007> <U+009B>31m <U+202E>evil<U+202C>"), text);
        assertTrue(lines.get(0).contains("MABS<U+001B>[31m01 FAKE"), lines.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u0085b", "a\u2028b", "a\r\nb"})
    void everyLineBreakIsOneSpace(String value) {
        assertEquals("a b", Inert.line(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b", "\u0007", "\u009b", "\u202e", "\u2066", "\u200f", "\u007f", "\u0000"})
    void everyControlIsShown(String value) {
        assertEquals(String.format("x<U+%04X>y", (int) value.charAt(0)), Inert.line("x" + value + "y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", " =1+1", "\n=1+1", "\t@SUM(A1)", "  -2"})
    void aCsvCellNeverStartsAFormulaEvenBehindSpaces(String value) {
        String cell = CsvReport.cell(value);
        assertTrue(cell.startsWith("\"'"), cell);
    }
}
