package org.mabsadvisor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a fleet of realistic facts files from the samples of facts-samples/: each server is a
 * sample (the healthy one for about 40%, a broken one otherwise) renamed to a host of one of seven
 * sites, with its MARS agent version, free space and OBEngine state varied; a few files are
 * malformed in the ways collection goes wrong (cut short, not JSON, a wrong type, no server). Files
 * go in one folder per site. The same seed gives the same fleet.
 *
 * <p>From the command line (after {@code mvn -DskipTests package}):
 * {@code java -cp target/mabs-advisor.jar:target/test-classes org.mabsadvisor.testing.FleetGenerator DIR [COUNT] [MALFORMED]}
 */
public final class FleetGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> SITES = List.of("PAR", "LYO", "NYC", "SEA", "FRA", "SYD", "TOK");
    private static final List<String> AGENT_VERSIONS = List.of("2.0.9277.0", "2.0.9262.0", "2.0.9145.0", "2.0.9100.0");

    /** What was generated: every file, in name order, and the malformed ones among them. */
    public record Fleet(Path folder, List<Path> files, List<Path> malformed) {
    }

    private FleetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FleetGenerator DIR [COUNT] [MALFORMED]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int malformed = args.length > 2 ? Integer.parseInt(args[2]) : count / 200;
        Fleet fleet = generate(Path.of(args[0]), count, malformed, 42);
        System.out.println(fleet.files().size() + " facts files (" + fleet.malformed().size() + " malformed) in " + fleet.folder());
    }

    /** Writes {@code count} facts files under {@code folder}, {@code malformed} of them spread evenly and broken. */
    public static Fleet generate(Path folder, int count, int malformed, long seed) throws IOException {
        List<JsonNode> broken = new ArrayList<>();
        JsonNode healthy = null;
        for (Path sample : SampleReports.samples()) {
            JsonNode facts = JSON.readTree(sample.toFile());
            if (sample.getFileName().toString().equals("healthy.json")) {
                healthy = facts;
            } else {
                broken.add(facts);
            }
        }
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        List<Path> bad = new ArrayList<>();
        int every = malformed == 0 ? Integer.MAX_VALUE : Math.max(1, count / malformed);
        for (int i = 0; i < count; i++) {
            String site = SITES.get(i % SITES.size());
            String host = String.format(Locale.ROOT, "MABS-%s-%04d", site, i);
            Path file = folder.resolve("site-" + site.toLowerCase(Locale.ROOT)).resolve(host + ".json");
            Files.createDirectories(file.getParent());
            ObjectNode facts = (ObjectNode) (random.nextInt(100) < 40 ? healthy : broken.get(random.nextInt(broken.size()))).deepCopy();
            vary(facts, host, site, random);
            if (i % every == every / 2 && bad.size() < malformed) {
                Files.write(file, malformed(facts, bad.size()));
                bad.add(file);
            } else {
                JSON.writeValue(file.toFile(), facts);
            }
            files.add(file);
        }
        return new Fleet(folder, files.stream().sorted().toList(), bad.stream().sorted().toList());
    }

    private static void vary(ObjectNode facts, String host, String site, Random random) {
        ObjectNode server = (ObjectNode) facts.get("server");
        server.put("name", host);
        if (server.has("domain")) {
            server.put("domain", site.toLowerCase(Locale.ROOT) + ".contoso.local");
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
    }

    /** The facts broken the {@code kind}-th way (cycling): cut short, not JSON, a wrong type, no server. */
    private static byte[] malformed(ObjectNode facts, int kind) throws IOException {
        String text = JSON.writeValueAsString(facts);
        return switch (kind % 4) {
            case 0 -> text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
            case 1 -> "Get-Service : Cannot find any service with service name 'obengine'.\r\n".getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                ((ObjectNode) facts.get("server")).put("updateRollup", "two");
                yield JSON.writeValueAsBytes(facts);
            }
            default -> {
                facts.remove("server");
                yield JSON.writeValueAsBytes(facts);
            }
        };
    }
}
