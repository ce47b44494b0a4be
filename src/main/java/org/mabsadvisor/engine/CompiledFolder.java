package org.mabsadvisor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One rule folder compiled to Drools executable-model classes: the rules it declares and what the
 * guard flagged in it (with file names relative to the folder, so the same content anywhere reuses
 * it), the model classes to instantiate, and the bytes of every generated class. The built-in
 * folder's classes ship in the tool itself; then {@code classes} is empty.
 */
record CompiledFolder(Index index, Map<String, byte[]> classes) {

    static final int FORMAT = 5;
    private static final String INDEX_ENTRY = "index.bin";

    /** What the folder declares, as written in a compiled entry. */
    record Index(int format, String key, List<String> sources, List<IndexedRule> rules, List<IndexedProblem> flagged,
            List<String> models, String classesSha256) {
        Index {
            sources = List.copyOf(sources);
            rules = List.copyOf(rules);
            flagged = List.copyOf(flagged);
            models = List.copyOf(models);
        }
    }

    /** A rule of the folder; {@code file} is relative to the folder. */
    record IndexedRule(String qualifiedName, String id, String kind, String name, String severity, String section,
            String source, String trigger, String reference, String file, int line, int column, List<String> languages, List<String> needs, String row, String of) {
    }

    /** Something the guard flagged; {@code file} is relative to the folder. */
    record IndexedProblem(String file, int line, int column, String message) {
    }

    CompiledFolder {
        classes = Map.copyOf(classes);
    }

    /** Describes a freshly compiled folder. */
    static CompiledFolder of(FolderContent content, String key, List<DeclaredRule> rules, List<RuleProblem> flagged, List<String> models,
            Map<String, byte[]> classes) {
        Path folder = content.folder();
        List<IndexedRule> indexed = rules.stream().map(r -> {
            RuleInfo i = r.info();
            return new IndexedRule(r.qualifiedName(), i.id(), i.kind().name(), i.name(), i.severity().name(), i.section(),
                    i.source(), i.trigger().name(), i.reference(), FolderContent.relative(folder, Path.of(i.file())), i.line(), r.column(),
                    i.languages(), i.needs(), i.row(), i.of());
        }).toList();
        List<IndexedProblem> problems = flagged.stream()
                .map(p -> new IndexedProblem(FolderContent.relative(folder, Path.of(p.file())), p.line(), p.column(), p.message()))
                .toList();
        return new CompiledFolder(new Index(FORMAT, key, content.sources(), indexed, problems, models, digest(classes)), classes);
    }

    /** The rules as they are declared in {@code folder}, where this compiled content is found now. */
    List<DeclaredRule> declared(Path folder) {
        return index.rules().stream().map(r -> new DeclaredRule(r.qualifiedName(),
                RuleInfo.builder().id(r.id()).kind(RuleKind.valueOf(r.kind())).name(r.name()).severity(Severity.valueOf(r.severity()))
                        .section(r.section()).source(r.source()).trigger(Trigger.valueOf(r.trigger())).reference(r.reference())
                        .file(folder.resolve(r.file()).toString()).line(r.line())
                        .languages(r.languages() == null ? List.of() : r.languages()).needs(r.needs() == null ? List.of() : r.needs())
                        .row(r.row()).of(r.of()).build(),
                r.column())).toList();
    }

    /** What the guard flagged, located in {@code folder}. */
    List<RuleProblem> flagged(Path folder) {
        return index.flagged().stream()
                .map(p -> new RuleProblem(folder.resolve(p.file()).toString(), p.line(), p.column(), p.message()))
                .toList();
    }

    /** The entry as one zip: the index, then every class under its resource name. */
    byte[] toZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(INDEX_ENTRY));
            zip.write(indexBytes());
            zip.closeEntry();
            for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
                zip.putNextEntry(new ZipEntry(c.getKey().replace('.', '/') + ".class"));
                zip.write(c.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The index in a small binary form of its own: read at every start, where building a JSON
     * binding for these records would cost more than the rest of finding the shipped rules.
     */
    byte[] indexBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IndexWriter out = new IndexWriter(new DataOutputStream(bytes));
        out.data.writeInt(index.format());
        out.string(index.key());
        out.strings(index.sources());
        out.data.writeInt(index.rules().size());
        for (IndexedRule r : index.rules()) {
            out.string(r.qualifiedName());
            out.string(r.id());
            out.string(r.kind());
            out.string(r.name());
            out.string(r.severity());
            out.string(r.section());
            out.string(r.source());
            out.string(r.trigger());
            out.string(r.reference());
            out.string(r.file());
            out.data.writeInt(r.line());
            out.data.writeInt(r.column());
            out.strings(r.languages());
            out.strings(r.needs());
            out.string(r.row());
            out.string(r.of());
        }
        out.data.writeInt(index.flagged().size());
        for (IndexedProblem p : index.flagged()) {
            out.string(p.file());
            out.data.writeInt(p.line());
            out.data.writeInt(p.column());
            out.string(p.message());
        }
        out.strings(index.models());
        out.string(index.classesSha256());
        out.data.flush();
        return bytes.toByteArray();
    }

    /** Reads what {@link #indexBytes()} wrote; damaged or truncated bytes are an IOException, never a wrong index. */
    static Index readIndex(byte[] bytes) throws IOException {
        IndexReader in = new IndexReader(new DataInputStream(new ByteArrayInputStream(bytes)), bytes.length);
        int format = in.data.readInt();
        if (format != FORMAT) {
            throw new IOException("index format " + format + ", expected " + FORMAT);
        }
        String key = in.string();
        List<String> sources = in.strings();
        List<IndexedRule> rules = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            rules.add(new IndexedRule(in.string(), in.string(), in.string(), in.string(), in.string(), in.string(), in.string(),
                    in.string(), in.string(), in.string(), in.data.readInt(), in.data.readInt(), in.strings(), in.strings(), in.string(), in.string()));
        }
        List<IndexedProblem> flagged = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            flagged.add(new IndexedProblem(in.string(), in.data.readInt(), in.data.readInt(), in.string()));
        }
        Index index = new Index(format, key, sources, rules, flagged, in.strings(), in.string());
        if (in.data.read() != -1) {
            throw new IOException("index has trailing bytes");
        }
        return index;
    }

    /** Strings as a presence flag, a length and UTF-8 bytes (no 64 KB limit, unlike writeUTF). */
    private record IndexWriter(DataOutputStream data) {
        void string(String s) throws IOException {
            data.writeBoolean(s != null);
            if (s != null) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
        }

        void strings(List<String> list) throws IOException {
            data.writeInt(list == null ? 0 : list.size());
            for (String s : list == null ? List.<String>of() : list) {
                string(s);
            }
        }
    }

    /** Reads {@link IndexWriter}'s forms, refusing any count or length larger than the bytes there are. */
    private record IndexReader(DataInputStream data, int size) {
        int count() throws IOException {
            int n = data.readInt();
            if (n < 0 || n > size) {
                throw new IOException("index is damaged: a count of " + n);
            }
            return n;
        }

        String string() throws IOException {
            if (!data.readBoolean()) {
                return null;
            }
            byte[] utf8 = new byte[count()];
            data.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            List<String> list = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                list.add(string());
            }
            return list;
        }
    }

    /**
     * Reads an entry written by {@link #toZip()}, checking everything it can: each entry's CRC (the
     * zip reader does), the format (as the index is read), the digest of the classes and the key it was
     * asked for.
     */
    static CompiledFolder fromZip(byte[] zipBytes, String expectedKey) throws IOException {
        Index index = null;
        Map<String, byte[]> classes = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().equals(INDEX_ENTRY)) {
                    index = readIndex(content);
                } else if (e.getName().endsWith(".class")) {
                    String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                    classes.put(name, content);
                } else {
                    throw new IOException("unexpected entry " + e.getName());
                }
            }
        }
        if (index == null) {
            throw new IOException("no index");
        }
        if (!expectedKey.equals(index.key())) {
            throw new IOException("written for another key");
        }
        if (!digest(classes).equals(index.classesSha256())) {
            throw new IOException("classes do not match their digest");
        }
        // A folder without rules has no model: an empty list is no damage.
        if (!classes.keySet().containsAll(index.models())) {
            throw new IOException("model classes missing");
        }
        return new CompiledFolder(index, classes);
    }

    /** A digest of every class name and its bytes, in name order. */
    static String digest(Map<String, byte[]> classes) {
        MessageDigest sha = FolderContent.sha256();
        for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
            sha.update((c.getKey() + "\n" + c.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(c.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
