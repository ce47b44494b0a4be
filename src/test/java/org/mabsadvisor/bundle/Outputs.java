package org.mabsadvisor.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mabsadvisor.testing.Project;

/** Outputs of specs as the collector leaves them, from the fixtures of src/test/resources/bundle-outputs/, and their parsing. */
final class Outputs {
    static final Path FIXTURES = Project.root().resolve("src/test/resources/bundle-outputs");
    private static final SpecList SPECS = SpecList.builtIn();

    private Outputs() {
    }

    /** A successful run of the spec whose output is the fixture file. */
    static SpecOutput fixture(String spec, String file) {
        return output(spec, null, new SpecRun(spec, null, file, 0, 10L, null, null), read(file));
    }

    /** A successful run on a protected server whose output is the fixture file. */
    static SpecOutput remoteFixture(String spec, String server, String file) {
        return output(spec, server, new SpecRun(spec, server, file, 0, 10L, null, null), read(file));
    }

    /** A successful run whose output is this text. */
    static SpecOutput text(String spec, String text) {
        return output(spec, null, new SpecRun(spec, null, spec + ".out", 0, 10L, null, null), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A failed run, with the error the collector recorded and no output. */
    static SpecOutput failed(String spec, int exitCode, String error, String errorId) {
        return output(spec, null, new SpecRun(spec, null, null, exitCode, 10L, error, errorId), null);
    }

    /** Parses an output into a new draft. */
    static FactsDraft parse(SpecOutput output) throws UnusableOutputException {
        FactsDraft draft = new FactsDraft();
        Parsers.BY_SPEC.get(output.spec().name()).parse(output, draft);
        return draft;
    }

    private static SpecOutput output(String spec, String server, SpecRun run, byte[] bytes) {
        Spec s = SPECS.find(spec).orElseThrow(() -> new IllegalArgumentException("no spec " + spec));
        return new SpecOutput(s, run, run.output(), bytes);
    }

    static byte[] read(String file) {
        try {
            return Files.readAllBytes(FIXTURES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
