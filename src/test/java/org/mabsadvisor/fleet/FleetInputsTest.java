package org.mabsadvisor.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.testing.FleetGenerator;
import org.mabsadvisor.testing.Project;

/**
 * What a fleet is made of: several files, folders (recursively, *.json, in name order), NDJSON
 * streams from a file or standard input; one file alone keeps the single report.
 */
class FleetInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HEALTHY = Project.samples().resolve("healthy.json");
    private static final Path BROKEN = Project.samples().resolve("backup-failures.json");

    @Test
    void oneFileKeepsTheSingleReportAndTwoMakeAFleet() throws Exception {
        CliRun one = CliRun.of("analyze", "--format", "json", HEALTHY.toString());
        JsonNode single = JSON.readTree(one.out());
        assertEquals("MABS01", single.get("host").asText(), "one input: the report of that server");
        assertFalse(single.has("hosts"));
        assertFalse(single.has("waived") || single.has("resolved") || single.has("waiverNotices"), "no new key without the new options");
        single.get("findings").forEach(f -> assertFalse(f.has("baseline")));

        CliRun two = CliRun.of("analyze", "--format", "json", HEALTHY.toString(), BROKEN.toString());
        assertEquals(1, two.exitCode(), two.err());
        JsonNode fleet = JSON.readTree(two.out());
        assertEquals(List.of(HEALTHY.toString(), BROKEN.toString()), inputs(fleet), "in the order given");
        assertEquals(2, fleet.get("summary").get("hostsAnalysed").asInt());
    }

    @Test
    void aFolderGivesItsFactsFilesRecursivelyInNameOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b-site/inner"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.copy(HEALTHY, dir.resolve("b-site/inner/z.json"));
        Files.copy(BROKEN, dir.resolve("b-site/a.json"));
        Files.copy(HEALTHY, dir.resolve("c.JSON"));
        Files.copy(HEALTHY, dir.resolve("a.json"));
        Files.copy(HEALTHY, dir.resolve(".hidden/x.json"));
        Files.copy(HEALTHY, dir.resolve(".dot.json"));
        Files.writeString(dir.resolve("notes.txt"), "not facts");
        CliRun run = CliRun.of("analyze", "--format", "json", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("b-site/a.json").toString(),
                dir.resolve("b-site/inner/z.json").toString(), dir.resolve("c.JSON").toString()), inputs(JSON.readTree(run.out())));
    }

    @Test
    void anNdjsonStreamGivesOneHostPerLineAndLocatesABadLine(@TempDir Path dir) throws Exception {
        Path stream = dir.resolve("fleet.ndjson");
        Files.writeString(stream, compact(HEALTHY) + "\n\n" + compact(BROKEN) + "\r\n{\"schemaVersion\": \"1\", \"server\": 42}\n"
                + compact(HEALTHY).replace("MABS01", "MABS09"));
        CliRun run = CliRun.of("analyze", "--format", "json", stream.toString());
        assertEquals(2, run.exitCode(), "a bad document fails the run: " + run.err());
        JsonNode fleet = JSON.readTree(run.out());
        assertEquals(List.of(stream + ":1", stream + ":3", stream + ":5"), inputs(fleet), "blank lines are skipped, lines counted");
        assertEquals("MABS09", fleet.get("hosts").get(2).get("host").asText(), "the last line needs no line break");
        JsonNode problem = fleet.get("errors").get(0).get("problems").get(0);
        assertEquals(stream + ":4", fleet.get("errors").get(0).get("input").asText());
        assertEquals(4, problem.get("line").asInt(), "located at its line of the stream");
        assertEquals("/server", problem.get("pointer").asText());
        assertTrue(run.err().contains(stream + ":4:"), run.err());
    }

    @Test
    void standardInputIsAStreamWithNdjson() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((compact(HEALTHY) + "\n" + compact(BROKEN) + "\n").getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("analyze", "--ndjson", "--format", "json", "-");
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(List.of("<stdin>:1", "<stdin>:2"), inputs(JSON.readTree(run.out())));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aStreamIsReadOneLineAtATimeAndAnOverlongLineFailsAlone() throws Exception {
        byte[] text = ("{\"a\":1}\n" + "x".repeat(100) + "\n{\"b\":2}\n").getBytes(StandardCharsets.UTF_8);
        List<String> parsed = new ArrayList<>();
        FactsSource source = new RecordingSource(parsed);
        NdjsonStream stream = new NdjsonStream("s.ndjson", () -> new ByteArrayInputStream(text), source, 50);
        List<HostInput> inputs = new ArrayList<>();
        stream.forEachRemaining(inputs::add);
        assertEquals(List.of("s.ndjson:1", "s.ndjson:2", "s.ndjson:3"), inputs.stream().map(HostInput::name).toList());
        inputs.get(0).read();
        InvalidFactsException tooLong = org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class, () -> inputs.get(1).read());
        assertEquals("s.ndjson:2:0: the document on this line is too large (100 bytes; the limit is 50)", tooLong.problems().get(0).toString());
        inputs.get(2).read();
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), parsed);
    }

    @Test
    void theSameFleetGivesTheSameReportsWhateverTheNumberOfThreads(@TempDir Path dir) throws Exception {
        FleetGenerator.Fleet fleet = FleetGenerator.generate(dir.resolve("fleet"), 40, 2, 3);
        CliRun one = CliRun.of("analyze", "--jobs", "1", "--format", "json", fleet.folder().toString());
        CliRun four = CliRun.of("analyze", "--jobs", "4", "--format", "json", fleet.folder().toString());
        assertEquals(2, one.exitCode());
        // Each run states when it started, which may be another second.
        assertEquals(withoutAnalysisTime(one.out()), withoutAnalysisTime(four.out()));
    }

    private static String withoutAnalysisTime(String report) {
        return report.replaceAll("\"analysedAt\" : \"[^\"]*\"", "\"analysedAt\" : \"\"");
    }

    private static String compact(Path facts) throws Exception {
        return JSON.writeValueAsString(JSON.readTree(facts.toFile()));
    }

    private static List<String> inputs(JsonNode fleet) {
        List<String> names = new ArrayList<>();
        fleet.get("hosts").forEach(h -> names.add(h.get("input").asText()));
        return names;
    }

    /**
     * Lines found across the blocks the stream is read in, whatever sizes its reads come in: long
     * lines spanning blocks, blank lines of spaces, tabs and carriage returns, overlong lines, and a
     * last line without a line break, as splitting the whole text finds them.
     */
    @Test
    void linesAreFoundAcrossBlocksAndReadsOfAnySize() throws Exception {
        java.util.Random random = new java.util.Random(17);
        long limit = 150_000;
        for (int trial = 0; trial < 30; trial++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> text.append(" \t\r".substring(0, random.nextInt(4)));
                    case 1 -> text.append("{\"big\":\"").append("y".repeat(random.nextInt(200_000))).append("\"}");
                    default -> text.append("{\"n\":").append(i).append("}").append(random.nextBoolean() ? "\r" : "");
                }
                if (i < lines - 1 || random.nextBoolean()) {
                    text.append('\n');
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            List<String> expectedNames = new ArrayList<>();
            List<String> expectedParsed = new ArrayList<>();
            String[] split = text.toString().split("\n", -1);
            int count = text.toString().endsWith("\n") ? split.length - 1 : split.length;
            for (int i = 0; i < count; i++) {
                if (split[i].length() > limit) {
                    expectedNames.add("s.ndjson:" + (i + 1) + " (too large: " + split[i].length() + ")");
                } else if (!split[i].replace(" ", "").replace("\t", "").replace("\r", "").isEmpty()) {
                    expectedNames.add("s.ndjson:" + (i + 1));
                    expectedParsed.add(split[i]);
                }
            }
            int maxRead = 1 + random.nextInt(random.nextBoolean() ? 7 : 100_000);
            List<String> parsed = new ArrayList<>();
            NdjsonStream stream = new NdjsonStream("s.ndjson", () -> new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, maxRead));
                }
            }, new RecordingSource(parsed), limit);
            List<String> names = new ArrayList<>();
            while (stream.hasNext()) {
                HostInput input = stream.next();
                try {
                    input.read();
                    names.add(input.name());
                } catch (InvalidFactsException e) {
                    String message = e.problems().get(0).message();
                    names.add(input.name() + " (too large: " + message.substring(message.indexOf('(') + 1, message.indexOf(' ', message.indexOf('('))) + ")");
                }
            }
            assertEquals(expectedNames, names, "trial " + trial);
            assertEquals(expectedParsed, parsed, "trial " + trial);
        }
    }

    /** Keeps the text of each document it is asked to parse; parses nothing. */
    private record RecordingSource(List<String> parsed) implements FactsSource {
        @Override
        public org.mabsadvisor.host.HostFacts read(String input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.mabsadvisor.facts.FactsDocument parse(String name, byte[] document) {
            parsed.add(new String(document, StandardCharsets.UTF_8));
            return null;
        }

        @Override
        public List<org.mabsadvisor.facts.InputProblem> warnings(String input, org.mabsadvisor.facts.FactsDocument doc) {
            return List.of();
        }

        @Override
        public boolean isOneHost(Path folder) {
            return false;
        }

        @Override
        public boolean isFactsFile(Path file) {
            return true;
        }
    }
}
