package org.mabsadvisor.bundle;

import java.io.IOException;
import org.mabsadvisor.input.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InvalidFactsException;

/**
 * Turns a bundle of the collector into facts: each output is read by the parser of its spec, the
 * pieces are put together, and the resulting document is checked exactly as a hand-written facts
 * file is (JSON Schema, then the records). An output that cannot be used leaves its facts unknown
 * and is reported, with the manifest's error when the command failed.
 */
public final class BundleReader {
    private final SpecList specs;
    private final FactsLoader loader = new FactsLoader();

    public BundleReader() {
        this(SpecList.builtIn());
    }

    BundleReader(SpecList specs) {
        this.specs = specs;
    }

    /** Reads a bundle zip or folder. */
    public BuiltFacts read(Path path) throws InvalidBundleException, InvalidFactsException {
        Bundle bundle = Bundle.open(path);
        Manifest manifest = new ManifestReader().read(bundle);
        FactsDraft draft = new FactsDraft();
        List<SpecProblem> problems = new ArrayList<>();
        Map<String, List<SpecRun>> runs = new LinkedHashMap<>();
        for (SpecRun run : manifest.specs()) {
            runs.computeIfAbsent(run.spec(), k -> new ArrayList<>()).add(run);
        }
        for (Spec spec : specs.specs()) {
            List<SpecRun> ofSpec = runs.remove(spec.name());
            if (ofSpec == null) {
                // Protected-server specs only run for the servers named to the collector.
                if (spec.target() == Spec.Target.SERVER) {
                    problems.add(new SpecProblem(spec.name(), null, null, 0,
                            "not run by this collector (" + collector(manifest) + "): its facts are unknown", spec.feeds()));
                }
                continue;
            }
            for (SpecRun run : ofSpec) {
                read(bundle, spec, run, draft, problems);
            }
        }
        runs.keySet().forEach(name -> problems.add(new SpecProblem(name, null, null, 0,
                "not a spec this version of mabs-advisor knows: its output is ignored", List.of())));
        FactsDocument document = new DocumentAssembler().assemble(draft, manifest);
        String json = new FactsJson().write(document);
        FactsDocument checked = loader.parse(bundle.locate("facts built from the bundle"), json.getBytes(StandardCharsets.UTF_8));
        return new BuiltFacts(checked, json, problems);
    }

    private static void read(Bundle bundle, Spec spec, SpecRun run, FactsDraft draft, List<SpecProblem> problems) {
        if (spec.target() == Spec.Target.PROTECTED_SERVER && (run.server() == null || run.server().isBlank())) {
            problems.add(new SpecProblem(spec.name(), null, null, 0, "the manifest does not say which protected server was read", spec.feeds()));
            return;
        }
        // A command that failed before writing anything has no output file: its problem names none.
        String file = run.output();
        try {
            byte[] bytes = file == null ? null : bundle.read(file).orElse(null);
            String location = bundle.locate(file != null ? file : spec.outputFor(run.server()));
            Parsers.BY_SPEC.get(spec.name()).parse(new SpecOutput(spec, run, location, bytes), draft);
        } catch (UnusableOutputException e) {
            problems.add(new SpecProblem(spec.name(), run.server(), file, e.line(), e.getMessage(), spec.feeds()));
        } catch (IOException e) {
            problems.add(new SpecProblem(spec.name(), run.server(), file, 0, InputFiles.reason(e), spec.feeds()));
        }
    }

    private static String collector(Manifest manifest) {
        String name = manifest.collector() == null ? "collector" : manifest.collector();
        return manifest.collectorVersion() == null ? name : name + " " + manifest.collectorVersion();
    }
}
