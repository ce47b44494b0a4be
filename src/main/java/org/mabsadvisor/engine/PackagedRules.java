package org.mabsadvisor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * The built-in rule folder compiled when the tool is built: its executable-model classes ship in
 * the tool, with an index and a copy of the files they were compiled from. They serve only a folder
 * whose files are those very bytes; an edited built-in folder is compiled (and cached) like any other.
 */
public final class PackagedRules {
    static final String INDEX = "packaged-rules.index";
    /** Where the copies of the compiled files are, next to the index. */
    private static final String SOURCES = "packaged-rules/";
    private static final String CLASS_LIST = "packaged-rules.classes";

    private PackagedRules() {
    }

    /**
     * The shipped compiled folder, when {@code content} is what it was compiled from, file for
     * file and byte for byte; otherwise null. Comparing bytes costs less at start-up than hashing.
     */
    static CompiledFolder find(FolderContent content) {
        try (InputStream in = PackagedRules.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            CompiledFolder.Index index = CompiledFolder.readIndex(in.readAllBytes());
            if (!index.sources().equals(content.sources())) {
                return null;
            }
            for (String source : index.sources()) {
                if (!Arrays.equals(Files.readAllBytes(content.folder().resolve(source)), shipped(source))) {
                    return null;
                }
            }
            return new CompiledFolder(index, Map.of());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes the shipped copy of the built-in rule files into {@code folder}, for a jar run where no
     * rule folder is at hand: that folder then is the built-in one, byte for byte, and runs from the
     * shipped classes. Returns the index's bytes (which name the build of the rules), or null when
     * this build ships no rules.
     */
    public static byte[] copySourcesTo(Path folder) throws IOException {
        byte[] indexBytes = shippedIndex();
        if (indexBytes == null) {
            return null;
        }
        for (String source : CompiledFolder.readIndex(indexBytes).sources()) {
            byte[] bytes = shipped(source);
            if (bytes == null) {
                return null;
            }
            Path file = folder.resolve(source);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        return indexBytes;
    }

    /** The index of the shipped rules, which changes with any of their files; null when this build ships none. */
    public static byte[] shippedIndex() throws IOException {
        try (InputStream in = PackagedRules.class.getResourceAsStream(INDEX)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static byte[] shipped(String source) throws IOException {
        try (InputStream in = PackagedRules.class.getResourceAsStream(SOURCES + source)) {
            return in == null ? null : in.readAllBytes();
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
        for (String source : compiled.index().sources()) {
            Path copy = here.resolve(SOURCES + source);
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of(args[0]).resolve(source), copy, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.write(list, String.join("\n", new TreeSet<>(compiled.classes().keySet())).getBytes(StandardCharsets.UTF_8));
        Files.write(here.resolve(INDEX), compiled.indexBytes());
        System.out.println("compiled " + compiled.index().rules().size() + " built-in rules into "
                + compiled.classes().size() + " classes");
    }
}
