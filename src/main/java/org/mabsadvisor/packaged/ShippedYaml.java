package org.mabsadvisor.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The YAML files of the built-in rule folder (the policy and the rule texts), shipped in the tool
 * converted to JSON: a run whose file is byte for byte one of them reads the same tree without a
 * YAML parser, which costs several times more than a JSON one at start-up. Any other file, or an
 * edited one, is read as YAML, with the YAML parser's located messages.
 */
public final class ShippedYaml {

    private static final String FOLDER = "yaml/";
    private static final String JSON_SUFFIX = ".json";
    /** The names of the shipped YAML files, one a line. */
    private static final String LIST = "files.list";

    private ShippedYaml() {
    }

    /** The JSON form of {@code yaml}, when it is the shipped file of that name, unchanged; null otherwise. */
    public static byte[] json(String fileName, byte[] yaml) {
        byte[] shipped = resource(fileName);
        return shipped != null && Arrays.equals(shipped, yaml) ? resource(fileName + JSON_SUFFIX) : null;
    }

    /** Writes the shipped YAML files, as they were, into {@code folder} (see PackagedRules#copySourcesTo). */
    public static void copyTo(Path folder) throws IOException {
        byte[] list = resource(LIST);
        if (list == null) {
            return;
        }
        for (String name : new String(list, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            byte[] bytes = name.isBlank() ? null : resource(name.strip());
            if (bytes != null) {
                Files.createDirectories(folder);
                Files.write(folder.resolve(name.strip()), bytes);
            }
        }
    }

    private static byte[] resource(String name) {
        if (name.contains("/") || name.contains("\\")) {
            return null;
        }
        try (InputStream in = ShippedYaml.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Run by the build: {@code ShippedYaml RULE_FOLDER CLASS_FOLDER} ships each YAML file of the
     * rule folder, as it is and converted to JSON, into the class folder that becomes the jar.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ShippedYaml RULE_FOLDER CLASS_FOLDER");
            System.exit(2);
        }
        Path here = Path.of(args[1]).resolve(ShippedYaml.class.getPackageName().replace('.', '/')).resolve(FOLDER);
        Files.createDirectories(here);
        ObjectMapper yaml = new YAMLMapper();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode tree = yaml.readTree(bytes);
            String name = file.getFileName().toString();
            Files.write(here.resolve(name), bytes);
            Files.write(here.resolve(name + JSON_SUFFIX), json.writeValueAsBytes(tree));
        }
        Files.writeString(here.resolve(LIST), String.join("\n", files.stream().map(f -> f.getFileName().toString()).toList()));
        System.out.println("shipped " + files.size() + " YAML files of the built-in rules as JSON");
    }
}
