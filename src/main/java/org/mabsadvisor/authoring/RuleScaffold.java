package org.mabsadvisor.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.engine.Trigger;

/**
 * The files of a new site rule: a DRL file with its metadata, its texts, and a test case that
 * fails until the rule is written. The condition of the scaffold never matches, so its first test
 * case (which expects the rule to fire) fails: a scaffold that passed its own test would claim a
 * check that does not exist.
 *
 * @param languages the languages of its texts: both, or the one the site writes in
 */
public record RuleScaffold(String id, Severity severity, Trigger trigger, String reference, List<String> languages) {

    /** The reference written when none is given: a link that cannot exist, so that it is replaced. */
    public static final String PLACEHOLDER_REFERENCE = "https://example.invalid/TODO";

    public RuleScaffold {
        languages = List.copyOf(languages);
    }

    /** The base name of the files: the id in lower case. */
    public String stem() {
        return id.toLowerCase(Locale.ROOT);
    }

    /** Each file's path, relative to the rule folder, and its content, in the order to write them. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(stem() + ".drl", drl());
        files.put(stem() + ".texts.yaml", texts());
        files.put("tests/" + stem() + ".tests.yaml", tests());
        return files;
    }

    private String drl() {
        String languageLine = languages.size() == 1 ? "\n    @languages(\"" + languages.get(0) + "\")" : "";
        return """
                // %1$s: TODO say in one line what this rule detects, and why your site cares.
                // Scaffolded by `mabs-advisor rules new`; docs/authoring-rules.md explains each part.
                package site.rules;

                import org.mabsadvisor.facts.*;
                import org.mabsadvisor.policy.Policy;
                import org.mabsadvisor.rules.*;

                rule "%1$s"
                    @id("%1$s") @severity("%2$s") @trigger("%3$s")
                    @reference("%4$s")%5$s
                when
                    // TODO: the condition. Bind what the texts show, for example:
                    //   $agent : MarsAgent( Versions.isOlder(version, "2.0.9300") )
                    // Until it is written, the rule never fires and the first case of its test fails.
                    eval( false )
                then
                    // Nothing to write here: the finding is recorded from the match.
                end
                """.formatted(id, severity.label(), trigger.label(), reference, languageLine);
    }

    private String texts() {
        StringBuilder out = new StringBuilder();
        out.append("# Words of ").append(id).append(" (").append(stem()).append(".drl), shown in reports.\n")
                .append("# In the evidence, {$name.field} shows a field of the fact the rule bound to $name.\n")
                .append(id).append(":\n");
        if (languages.contains("en")) {
            out.append("""
                      en:
                        title: "TODO: the problem, in one line"
                        evidence: "TODO: what the facts show"
                        actions:
                          - do: "TODO: the first step to fix it"
                    """);
        }
        if (languages.contains("fr")) {
            out.append("""
                      fr:
                        title: "À FAIRE : le problème, en une ligne"
                        evidence: "À FAIRE : ce que montrent les faits"
                        actions:
                          - do: "À FAIRE : la première étape pour le corriger"
                    """);
        }
        return out.toString();
    }

    private String tests() {
        return """
                # Tests of %1$s: mabs-advisor rules test <folder>
                # Each case is a facts document (inline under facts:, or base: a facts file relative to
                # this one, changed with set: and remove: JSON Pointers) and the rule ids that must fire
                # (fires) or must not (notFires). docs/facts.md describes every field of the facts.
                cases:
                  - name: %1$s fires on a server that breaks the rule
                    # TODO: give this server the facts that show the problem.
                    facts:
                      schemaVersion: "1"
                      server: { name: MABS01 }
                    fires: [%1$s]
                  - name: %1$s stays silent on a server that follows the rule
                    facts:
                      schemaVersion: "1"
                      server: { name: MABS01 }
                    notFires: [%1$s]
                """.formatted(id);
    }
}
