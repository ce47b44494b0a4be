package org.mabsadvisor.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The specs of the collector: collect/specs.json, the one list that both the PowerShell collector
 * and the parsers of this package follow. The build copies it into the jar next to the parsers it
 * was written for.
 */
public final class SpecList {

    /** Classpath location of collect/specs.json (copied there by the build). */
    public static final String RESOURCE = "/org/mabsadvisor/bundle/specs.json";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern OUTPUT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(\\{server\\}[A-Za-z0-9._-]*)?");

    /** The file as a whole. */
    record SpecFile(String format, String about, List<Spec> specs) {
    }

    private final List<Spec> specs;

    private SpecList(List<Spec> specs) {
        this.specs = List.copyOf(specs);
    }

    /** The specs built into the tool. */
    public static SpecList builtIn() {
        try (InputStream in = SpecList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("specs.json missing from the build (" + RESOURCE + ")");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a specs file; a defect in it is a defect of the tool, hence unchecked. */
    public static SpecList read(InputStream in) throws IOException {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        SpecFile file = mapper.readValue(in, SpecFile.class);
        if (!"1".equals(file.format()) || file.specs() == null || file.specs().isEmpty()) {
            throw new IllegalStateException("specs.json: format must be \"1\" and specs must not be empty");
        }
        Set<String> names = new HashSet<>();
        Set<String> outputs = new HashSet<>();
        for (Spec s : file.specs()) {
            String where = "specs.json: spec '" + s.name() + "': ";
            if (s.name() == null || !NAME.matcher(s.name()).matches() || !names.add(s.name())) {
                throw new IllegalStateException(where + "missing, badly formed or repeated name");
            }
            if (s.command() == null || s.command().isBlank() || s.feeds().isEmpty()) {
                throw new IllegalStateException(where + "needs a command and the facts it feeds");
            }
            boolean perServer = s.target() == Spec.Target.PROTECTED_SERVER;
            if (s.output() == null || !OUTPUT.matcher(s.output()).matches() || s.output().contains("{server}") != perServer
                    || s.output().equals("manifest.json") || !outputs.add(s.output())) {
                throw new IllegalStateException(where + "bad or repeated output file name '" + s.output() + "'");
            }
        }
        return new SpecList(file.specs());
    }

    public List<Spec> specs() {
        return specs;
    }

    /** The spec of that name, if the tool knows it. */
    public Optional<Spec> find(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
