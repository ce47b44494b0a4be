package org.mabsadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Drools' executable model: DRL compiled once into plain Java classes, which then make a rule base
 * in a fraction of the time the DRL takes to compile. Each folder is compiled on its own, so the
 * built-in folder's classes can ship in the tool and a site folder's be cached apart.
 */
final class ExecutableModel {
    private static final String MODEL_LIST = "drools-model";

    private ExecutableModel() {
    }

    /**
     * Compiles the files of one folder; null when Drools reports an error (the caller finds out
     * which, with located messages, from the DRL compiler).
     */
    static CompiledFolder compile(FolderContent content, String key, Map<Path, String> texts, List<DeclaredRule> rules,
            List<RuleProblem> flagged, List<String> errors) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        int n = 0;
        for (Path file : content.files()) {
            kfs.write("src/main/resources/f" + (n++) + "/" + file.getFileName(), PhraseLiterals.normalized(texts.get(file)));
        }
        // A fresh release id per build: the default one is cached process-wide and would serve stale rules.
        ReleaseId releaseId = ks.newReleaseId("org.mabsadvisor.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        try {
            List<Message> failures = builder.getResults().getMessages(Message.Level.ERROR);
            if (!failures.isEmpty()) {
                failures.forEach(m -> errors.add(m.getText()));
                return null;
            }
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            Map<String, byte[]> classes = new LinkedHashMap<>();
            List<String> models = new ArrayList<>();
            for (String name : module.getFileNames()) {
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), module.getBytes(name));
                } else if (name.endsWith("/" + MODEL_LIST)) {
                    models.addAll(modelNames(new String(module.getBytes(name), StandardCharsets.UTF_8)));
                }
            }
            return CompiledFolder.of(content, key, rules, flagged, models, classes);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** The model classes Drools lists, one per line after a version header. */
    private static List<String> modelNames(String list) {
        return list.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                .toList();
    }

    /** One rule base from the models of every folder; a folder's own classes are loaded from its bytes. */
    static KieBase kieBase(List<CompiledFolder> folders) throws ReflectiveOperationException {
        ClassLoader tool = ExecutableModel.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (CompiledFolder folder : folders) {
            ClassLoader loader = folder.classes().isEmpty() ? tool : new GeneratedClasses(tool, folder.classes());
            for (String name : folder.index().models()) {
                models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
