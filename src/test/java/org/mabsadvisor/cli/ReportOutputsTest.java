package org.mabsadvisor.cli;

import org.mabsadvisor.formats.ReportFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.testing.Project;

/** --format and --output [FORMAT=]FILE: every format, several in one run, each file written whole. */
class ReportOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = Project.samples().resolve("backup-failures.json").toString();

    @Test
    void severalFormatsInOneRunEachToItsFileAndTextStillOnStandardOutput(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("analyze", "--lang", "en",
                "--output", "html=" + dir.resolve("report.html"), "--output", "sarif=" + dir.resolve("report.sarif"),
                "--output", "junit=" + dir.resolve("report.xml"), "--output", "markdown=" + dir.resolve("report.md"),
                "--output", "csv=" + dir.resolve("report.csv"), "--output", "json=" + dir.resolve("report.json"),
                "--output", "text=" + dir.resolve("report.txt"), SAMPLE);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("MABS02  ("), "the --format report (text) goes to standard output:\n" + run.out());
        assertTrue(Files.readString(dir.resolve("report.html")).startsWith("<!DOCTYPE html>"));
        assertEquals("2.1.0", JSON.readTree(dir.resolve("report.sarif").toFile()).get("version").asText());
        assertTrue(Files.readString(dir.resolve("report.xml")).contains("<testsuites name=\"mabs-advisor\""));
        assertTrue(Files.readString(dir.resolve("report.md")).startsWith("## MABS02"));
        assertTrue(Files.readString(dir.resolve("report.csv")).startsWith("\"host\",\"input\",\"rule\""));
        assertEquals("MABS02", JSON.readTree(dir.resolve("report.json").toFile()).get("host").asText());
        assertEquals(run.out(), Files.readString(dir.resolve("report.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(7, files.count(), "no temporary file is left behind");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, MABS02  (", "json, {", "junit, <?xml", "sarif, {", "markdown, ## MABS02", "html, <!DOCTYPE html>", "csv, \"host\""})
    void formatChoosesWhatAPlainOutputFileGets(String format, String start, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("report");
        CliRun run = CliRun.of("analyze", "--lang", "en", "--format", format, "--output", file.toString(), SAMPLE);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out(), "a plain --output takes the report off standard output");
        assertTrue(Files.readString(file).startsWith(start), Files.readString(file));
    }

    /** Renaming a finished report over /dev/null, run as root, would replace the device with a plain file. */
    @ParameterizedTest(name = "fleet: {0}")
    @CsvSource({"false", "true"})
    void anOutputThatIsNoRegularFileIsWrittenToNotReplaced(boolean fleet, @TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("report.pipe");
        assumeTrue(namedPipe(pipe), "named pipes are not available here");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> args = new ArrayList<>(List.of("analyze", "--lang", "en", "--quiet", "-o", "json=" + pipe, SAMPLE));
        if (fleet) {
            args.add(Project.samples().resolve("healthy.json").toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(read.get(60, TimeUnit.SECONDS));
        assertEquals(fleet ? 2 : 1, fleet ? report.get("hosts").size() : 1, report.toString());
        assertTrue(fleet ? report.has("summary") : "MABS02".equals(report.get("host").asText()), report.toString());
        assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside it");
        }
    }

    private static boolean namedPipe(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aFormatCanGoToStandardOutputInsteadOfTheDefaultOne(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("analyze", "--output", "json=-", "--output", "html=" + dir.resolve("r.html"), SAMPLE);
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("MABS02", report.get("host").asText());
        assertTrue(Files.exists(dir.resolve("r.html")));
    }

    @Test
    void aNameBeforeAnEqualsSignThatIsNoFormatIsPartOfTheFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site=paris.json");
        CliRun run = CliRun.of("analyze", "--format", "json", "--output", file.toString(), SAMPLE);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("MABS02", JSON.readTree(file.toFile()).get("host").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--output json=- --output csv=-       | only one report can go to standard output",
        "--output html=                       | names no file",
        "--output x.html --output html=x.html | is given twice",
    })
    void conflictingOutputsAreRefusedBeforeAnythingIsWritten(String options, String message, @TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze"));
        for (String part : options.trim().split(" +")) {
            args.add(part.contains("x.html") ? part.replace("x.html", dir.resolve("x.html").toString()) : part);
        }
        args.add(SAMPLE);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(message.trim()), run.err());
        assertEquals("", run.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written");
        }
    }

    @Test
    void noOutputOverwritesTheInput(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("facts.json");
        Files.copy(Path.of(SAMPLE), input);
        byte[] before = Files.readAllBytes(input);
        CliRun run = CliRun.of("analyze", "--output", "html=" + dir.resolve("r.html"), "--output", "sarif=" + input, input.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is the input file"), run.err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(input)));
        assertFalse(Files.exists(dir.resolve("r.html")), "refused before anything is written");
    }

    @Test
    void everyFormatIsDocumented() throws Exception {
        String doc = Files.readString(Project.root().resolve("docs/reports.md"));
        for (ReportFormat format : ReportFormat.values()) {
            assertTrue(doc.contains("\n## `" + format + "`\n"), "docs/reports.md has no section for " + format);
        }
        assertTrue(CliRun.of("analyze", "--help").out().contains("text, json, junit, sarif, markdown, html, csv"),
                "--help names every format");
    }

    @Test
    void schemaReportPrintsTheSchemaOfTheJsonReport() throws Exception {
        CliRun run = CliRun.of("schema", "--report");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(JsonReport.schemaText(), run.out());
        assertEquals("https://mabs-advisor.example/schemas/report-1.json", JSON.readTree(run.out()).get("$id").asText());
        assertTrue(CliRun.of("schema").out().contains("facts-1.json"), "without --report, the facts schema");
    }
}
