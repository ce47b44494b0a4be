package org.mabsadvisor.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.input.InputFiles;
import org.mabsadvisor.remediation.Fix;

/**
 * Checks the placeholders of a rule's texts against what the compiled rule binds: a placeholder
 * that names no binding (a typo such as {@code {$agnt.version}}) would print as written in every
 * report, so it is a problem of the rules, reported where the text is written.
 */
final class Placeholders {
    /** The server's name, which every text may name. */
    private static final String HOST = "host";
    /** PowerShell's pipeline variable, as in {@code Where-Object {$_.Status}}: a command's braces, not a placeholder. */
    private static final String PIPELINE_VARIABLE = "$_";

    private final FactView view = new FactView();

    /** The problems of every text of the rules, in every language it is written in. */
    List<RuleProblem> check(List<RuleInfo> rules, Map<String, Map<String, RuleText>> byId, Map<String, String> fileOf) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            Map<String, RuleText> texts = byId.get(rule.id());
            if (texts == null || rule.declarations().isEmpty() && rule.reads().isEmpty()) {
                // Not compiled (left out), or no text: nothing to check against.
                continue;
            }
            FileLines lines = new FileLines(fileOf.get(rule.id()));
            texts.forEach((language, text) -> {
                List<String> words = new ArrayList<>();
                words.add(text.title());
                words.add(text.evidence());
                text.actions().forEach(a -> words.addAll(a.templates()));
                if (text.check() != null) {
                    words.addAll(text.check().templates());
                }
                for (String words1 : words) {
                    check(rule, language, words1, lines, problems);
                }
                // A fix's parameters bound to the facts ($binding.field) name bindings too: a typo would
                // leave the script's step without its value.
                text.actions().stream().flatMap(a -> a.fixes().stream()).forEach(fix -> fix.parameters().forEach((name, value) -> {
                    if (Fix.isBinding(value)) {
                        String why = problem(rule, value.split("\\."));
                        if (why != null) {
                            int[] at = lines.find(rule.id(), value);
                            problems.add(new RuleProblem(lines.file != null ? lines.file : rule.file(), lines.file != null ? at[0] : rule.line(),
                                    lines.file != null ? at[1] : 1, "rule " + rule.id() + " (" + language + "): the fix's parameter " + name
                                    + " binds " + value + ": it " + why));
                        }
                    }
                }));
            });
        }
        return problems;
    }


    private void check(RuleInfo rule, String language, String words, FileLines lines, List<RuleProblem> problems) {
        if (words == null || words.indexOf('{') < 0) {
            return;
        }
        Matcher m = Template.PLACEHOLDER.matcher(words);
        while (m.find()) {
            String[] path = m.group(1).split("\\.");
            String why = problem(rule, path);
            if (why != null) {
                int[] at = lines.find(rule.id(), m.group());
                problems.add(new RuleProblem(lines.file != null ? lines.file : rule.file(), lines.file != null ? at[0] : rule.line(),
                        lines.file != null ? at[1] : 1, "rule " + rule.id() + " (" + language + "): " + m.group() + " " + why));
            }
        }
    }

    /** Why the placeholder cannot be filled from the rule's bindings, or null when it can. */
    private String problem(RuleInfo rule, String[] path) {
        if (path[0].equals(HOST) && path.length == 1 || path[0].equals(PIPELINE_VARIABLE)) {
            return null;
        }
        Class<?> type = rule.declarations().get(path[0]);
        if (type == null) {
            return "names " + path[0] + ", which the rule does not bind; it binds "
                    + (rule.declarations().isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(rule.declarations().keySet())))
                    + (path[0].startsWith("$") ? "" : " (and {host})");
        }
        for (int i = 1; i < path.length && type != null; i++) {
            Set<String> fields = view.fieldsOf(type);
            if (fields == null) {
                return null;
            }
            if (!fields.contains(path[i])) {
                return "names the field " + path[i] + ", which " + type.getSimpleName() + " has not; it has "
                        + String.join(", ", new TreeSet<>(fields));
            }
            type = view.fieldType(type, path[i]);
        }
        return null;
    }

    /** The lines of a texts file, read only when a problem is to be located in it. */
    private static final class FileLines {
        final String file;
        private List<String> lines;

        FileLines(String file) {
            this.file = file;
        }

        /** Line and column of the first {@code words} after the entry of the rule (1-based); the entry's line when not found. */
        int[] find(String ruleId, String words) {
            if (lines == null) {
                try {
                    lines = new String(InputFiles.read(Path.of(file), InputFiles.MAX_SMALL_FILE_BYTES), StandardCharsets.UTF_8).lines().toList();
                } catch (IOException | RuntimeException e) {
                    lines = List.of();
                }
            }
            int entry = -1;
            for (int i = 0; i < lines.size() && entry < 0; i++) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(ruleId + ":") || line.startsWith("\"" + ruleId + "\":") || line.startsWith("'" + ruleId + "':")) {
                    entry = i;
                }
            }
            for (int i = Math.max(entry, 0); i < lines.size(); i++) {
                int column = lines.get(i).indexOf(words);
                if (column >= 0) {
                    return new int[] {i + 1, column + 1};
                }
            }
            return new int[] {entry + 1, 1};
        }
    }
}
