package org.mabsadvisor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * The built-in rule folder compiled when the tool is built: its executable-model classes ship in
 * the tool, next to an index naming the content key they were compiled from. They serve only a
 * folder with that very content; an edited built-in folder is compiled (and cached) like any other.
 */
public final class PackagedRules {
    static final String INDEX = "packaged-rules.json";
    private static final String CLASS_LIST = "packaged-rules.classes";

    private PackagedRules() {
    }

    /** The shipped compiled folder, when {@code key} is the content it was compiled from; otherwise null. */
    static CompiledFolder find(String key) {
        if (key == null) {
            return null;
        }
        try (InputStream in = PackagedRules.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            CompiledFolder.Index index = CompiledFolder.readIndex(in);
            return index.format() == CompiledFolder.FORMAT && key.equals(index.key()) ? new CompiledFolder(index, Map.of()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Run by the build: {@code PackagedRules RULE_FOLDER CLASS_FOLDER} compiles the rule folder and
     * writes its classes and index into the class folder that becomes the tool's jar.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PackagedRules RULE_FOLDER CLASS_FOLDER");
            System.exit(2);
        }
        Path classFolder = Path.of(args[1]);
        CompiledFolder compiled;
        try {
            compiled = new RuleCompiler().compileAlone(Path.of(args[0]));
        } catch (InvalidRulesException e) {
            System.err.println("the built-in rules cannot be compiled:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
            return;
        }
        Path here = classFolder.resolve(PackagedRules.class.getPackageName().replace('.', '/'));
        // Generated class names follow the DRL content: the classes of an earlier build are removed, not left to pile up.
        Path list = here.resolve(CLASS_LIST);
        if (Files.isRegularFile(list)) {
            for (String name : Files.readAllLines(list)) {
                if (!name.isBlank()) {
                    Files.deleteIfExists(classFolder.resolve(name.trim().replace('.', '/') + ".class"));
                }
            }
        }
        for (Map.Entry<String, byte[]> c : compiled.classes().entrySet()) {
            Path file = classFolder.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue());
        }
        Files.write(list, String.join("\n", new TreeSet<>(compiled.classes().keySet())).getBytes(StandardCharsets.UTF_8));
        Files.write(here.resolve(INDEX), compiled.indexJson());
        System.out.println("compiled " + compiled.index().rules().size() + " built-in rules into "
                + compiled.classes().size() + " classes");
    }
}
