package org.mabsadvisor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a fleet of realistic facts files from the samples of facts-samples/: each server is a
 * sample (the healthy one for about 40%, a broken one otherwise) renamed to a host of one of seven
 * sites, with its MARS agent version, free space, OBEngine state and history of recurring errors
 * varied; a few files are malformed in the ways collection goes wrong (cut short, not JSON, a wrong
 * type, no server). Files go in one folder per site; or the same servers go to one NDJSON stream,
 * a document per line. The same seed gives the same fleet.
 *
 * <p>From the command line (after {@code mvn -DskipTests package}):
 * {@code java -cp target/mabs-advisor.jar:target/test-classes org.mabsadvisor.testing.FleetGenerator DIR [COUNT] [MALFORMED]}, or
 * {@code ... FleetGenerator --ndjson FILE [COUNT] [MALFORMED]}
 */
public final class FleetGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final List<String> SITES = List.of("PAR", "LYO", "NYC", "SEA", "FRA", "SYD", "TOK");
    private static final List<String> AGENT_VERSIONS = List.of("2.0.9277.0", "2.0.9262.0", "2.0.9145.0", "2.0.9100.0");

    /** What was generated: every file, in name order, and the malformed ones among them. */
    public record Fleet(Path folder, List<Path> files, List<Path> malformed) {
    }

    private FleetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        boolean ndjson = args.length > 0 && args[0].equals("--ndjson");
        String[] rest = ndjson ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length < 1) {
            System.err.println("usage: FleetGenerator DIR [COUNT] [MALFORMED]  or  FleetGenerator --ndjson FILE [COUNT] [MALFORMED]");
            System.exit(2);
        }
        int count = rest.length > 1 ? Integer.parseInt(rest[1]) : 1000;
        int malformed = rest.length > 2 ? Integer.parseInt(rest[2]) : count / 200;
        if (ndjson) {
            NdjsonFleet stream = ndjson(Path.of(rest[0]), count, malformed, 42);
            System.out.println(count + " facts documents (" + stream.malformedLines().size() + " malformed, " + stream.bytes()
                    + " bytes) in " + stream.file());
            return;
        }
        Fleet fleet = generate(Path.of(rest[0]), count, malformed, 42);
        System.out.println(fleet.files().size() + " facts files (" + fleet.malformed().size() + " malformed) in " + fleet.folder());
    }

    /** Writes {@code count} facts files under {@code folder}, {@code malformed} of them spread evenly and broken. */
    public static Fleet generate(Path folder, int count, int malformed, long seed) throws IOException {
        Servers servers = new Servers(seed);
        List<Path> files = new ArrayList<>();
        List<Path> bad = new ArrayList<>();
        int every = every(count, malformed);
        for (int i = 0; i < count; i++) {
            String site = SITES.get(i % SITES.size());
            Path file = folder.resolve("site-" + site.toLowerCase(Locale.ROOT)).resolve(host(i) + ".json");
            Files.createDirectories(file.getParent());
            ObjectNode facts = servers.next(i);
            if (i % every == every / 2 && bad.size() < malformed) {
                Files.write(file, malformed(facts, bad.size(), JSON));
                bad.add(file);
            } else {
                JSON.writeValue(file.toFile(), facts);
            }
            files.add(file);
        }
        return new Fleet(folder, files.stream().sorted().toList(), bad.stream().sorted().toList());
    }

    /** What was generated as one NDJSON stream: the file, its size, and the lines (from 1) that are malformed. */
    public record NdjsonFleet(Path file, long bytes, List<Integer> malformedLines) {
    }

    /**
     * Writes the same servers as {@link #generate} to one NDJSON file, one compact document per
     * line; a malformed document is its line, broken the same ways (a document cut short ends its line).
     */
    public static NdjsonFleet ndjson(Path file, int count, int malformed, long seed) throws IOException {
        Servers servers = new Servers(seed);
        List<Integer> bad = new ArrayList<>();
        int every = every(count, malformed);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                ObjectNode facts = servers.next(i);
                if (i % every == every / 2 && bad.size() < malformed) {
                    out.write(new String(malformed(facts, bad.size(), COMPACT), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
                    bad.add(i + 1);
                } else {
                    out.write(COMPACT.writeValueAsBytes(facts));
                }
                out.write('\n');
            }
        }
        return new NdjsonFleet(file, Files.size(file), List.copyOf(bad));
    }

    private static int every(int count, int malformed) {
        return malformed == 0 ? Integer.MAX_VALUE : Math.max(1, count / malformed);
    }

    private static String host(int i) {
        return String.format(Locale.ROOT, "MABS-%s-%04d", SITES.get(i % SITES.size()), i);
    }

    /** The servers of a fleet, one after another, from the samples and a seeded random source. */
    private static final class Servers {
        private final List<JsonNode> broken = new ArrayList<>();
        private final JsonNode healthy;
        private final Random random;

        Servers(long seed) throws IOException {
            JsonNode found = null;
            for (Path sample : SampleReports.samples()) {
                JsonNode facts = JSON.readTree(sample.toFile());
                if (sample.getFileName().toString().equals("healthy.json")) {
                    found = facts;
                } else {
                    broken.add(facts);
                }
            }
            this.healthy = found;
            this.random = new Random(seed);
        }

        /** The facts of the {@code i}-th server. */
        ObjectNode next(int i) {
            ObjectNode facts = (ObjectNode) (random.nextInt(100) < 40 ? healthy : broken.get(random.nextInt(broken.size()))).deepCopy();
            vary(facts, host(i), SITES.get(i % SITES.size()), random);
            return facts;
        }
    }

    private static void vary(ObjectNode facts, String host, String site, Random random) {
        ObjectNode server = (ObjectNode) facts.get("server");
        server.put("name", host);
        if (facts.path("platform").get("sqlServer") instanceof ObjectNode sql && sql.has("machineName")) {
            // The MABS database is local: its computer is renamed with the server.
            sql.put("machineName", host);
        }
        if (server.has("domain")) {
            server.put("domain", site.toLowerCase(Locale.ROOT) + ".contoso.local");
        }
        // Each server is registered to its vault under its own name (a renamed one would be MARS-07).
        if (facts.path("azure").get("registeredServer") instanceof ObjectNode registered) {
            registered.put("name", server.has("domain") ? host + "." + server.get("domain").asText() : host);
        }
        if (facts.get("marsAgent") instanceof ObjectNode agent && random.nextInt(100) < 30) {
            agent.put("version", AGENT_VERSIONS.get(random.nextInt(AGENT_VERSIONS.size())));
        }
        for (JsonNode volume : facts.path("volumes")) {
            if (volume instanceof ObjectNode v && v.has("sizeBytes") && v.has("freeBytes")) {
                // Between 2% and 90% free: some servers run short of space, most do not.
                long size = v.get("sizeBytes").asLong();
                v.put("freeBytes", (long) (size * (0.02 + random.nextDouble() * 0.88)));
            }
        }
        for (JsonNode service : facts.path("services")) {
            if (service instanceof ObjectNode s && s.path("name").asText().equalsIgnoreCase("obengine") && random.nextInt(100) < 10) {
                s.put("state", "Stopped");
            }
        }
        if (facts.get("events") instanceof ArrayNode events && random.nextInt(100) < 60) {
            // A recurring error: each recorded one again, up to eight times, a few hours apart before it.
            List<JsonNode> recorded = new ArrayList<>();
            events.forEach(recorded::add);
            for (JsonNode event : recorded) {
                int repeats = random.nextInt(9);
                for (int r = 1; r <= repeats && event.hasNonNull("time"); r++) {
                    ObjectNode earlier = event.deepCopy();
                    earlier.put("time", TIME.format(OffsetDateTime.parse(event.get("time").asText()).minusHours(r * (1 + random.nextInt(6)))));
                    events.add(earlier);
                }
            }
        }
    }

    /** The facts broken the {@code kind}-th way (cycling): cut short, not JSON, a wrong type, no server. */
    private static byte[] malformed(ObjectNode facts, int kind, ObjectMapper json) throws IOException {
        String text = json.writeValueAsString(facts);
        return switch (kind % 4) {
            case 0 -> text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
            case 1 -> "Get-Service : Cannot find any service with service name 'obengine'.\r\n".getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                ((ObjectNode) facts.get("server")).put("updateRollup", "two");
                yield json.writeValueAsBytes(facts);
            }
            default -> {
                facts.remove("server");
                yield json.writeValueAsBytes(facts);
            }
        };
    }
}
