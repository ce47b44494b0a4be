package org.mabsadvisor.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.input.Inert;
import org.mabsadvisor.input.WordTables;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Explanation;

/** Writes what {@code explain} says, as text for a terminal, as JSON for machines, or as Markdown. */
public final class ExplanationWriter {

    private final boolean colour;
    // Made once per writer: a mapper learns how to write each type on first use, which costs more than an explanation.
    private final ObjectMapper mapper = JsonReport.mapper();

    /** {@code colour}: ANSI bold for headings, only when writing to a terminal. */
    public ExplanationWriter(boolean colour) {
        this.colour = colour;
    }

    /** The explanation as JSON, indented. */
    public String json(Explanation explanation) {
        try {
            return mapper.writeValueAsString(explanation) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The explanation as text: each pasted error, what it is and why, what to do, what to check. */
    public String text(Explanation explanation) {
        Words w = Words.of(explanation.language());
        StringBuilder out = new StringBuilder();
        for (Explanation.Answer answer : explanation.errors()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(bold("\"" + inert(answer.error()) + "\"")).append('\n');
            if (!answer.documented()) {
                out.append("  ").append(w.notDocumented).append('\n');
                continue;
            }
            for (Explanation.Match m : answer.matches()) {
                out.append("  ").append(w.recognised(m)).append('\n');
                out.append("  ").append(m.reference()).append('\n');
                for (Explanation.Rule rule : m.rules()) {
                    out.append('\n').append("  ").append(bold("[" + rule.id() + "]"))
                            .append(rule.severity() == null ? "" : " " + Labels.of(explanation.language()).severities()
                                    .getOrDefault(rule.severity(), rule.severity()).toUpperCase(java.util.Locale.ROOT))
                            .append("  ").append(inert(rule.title())).append('\n');
                    if (!rule.actions().isEmpty()) {
                        out.append("    ").append(w.actions).append('\n');
                        actions(out, rule.actions(), "      ", w.oneOf);
                    }
                }
                if (!m.checks().isEmpty()) {
                    out.append('\n').append("  ").append(w.toConfirm).append('\n');
                    for (Explanation.Check c : m.checks()) {
                        out.append("    - [").append(c.id()).append("] ").append(c.check()).append('\n');
                        if (c.command() != null) {
                            out.append("        > ").append(c.command()).append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** The explanation as Markdown, one section per pasted error. */
    public String markdown(Explanation explanation) {
        Words w = Words.of(explanation.language());
        StringBuilder out = new StringBuilder("# ").append(w.heading).append("\n");
        for (Explanation.Answer answer : explanation.errors()) {
            out.append("\n## ").append(Markdown.escape(inert(answer.error()))).append("\n\n");
            if (!answer.documented()) {
                out.append(w.notDocumented).append('\n');
                continue;
            }
            for (Explanation.Match m : answer.matches()) {
                out.append(Markdown.escape(w.recognised(m))).append(" ([").append(w.reference).append("](")
                        .append(m.reference()).append("))\n");
                for (Explanation.Rule rule : m.rules()) {
                    out.append("\n### ").append(rule.id()).append(" — ").append(Markdown.escape(rule.title()));
                    if (rule.severity() != null) {
                        out.append(" (").append(Labels.of(explanation.language()).severities().getOrDefault(rule.severity(), rule.severity()))
                                .append(')');
                    }
                    out.append("\n\n");
                    int n = 1;
                    for (Action a : rule.actions()) {
                        markdownAction(out, a, (n++) + ". ", "", w.oneOf);
                    }
                }
                if (!m.checks().isEmpty()) {
                    out.append("\n**").append(w.toConfirm).append("**\n\n");
                    for (Explanation.Check c : m.checks()) {
                        out.append("- **").append(c.id()).append("** ").append(Markdown.escape(c.check()));
                        if (c.command() != null) {
                            out.append(' ').append(Markdown.code(c.command()));
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static void actions(StringBuilder out, List<Action> actions, String indent, String oneOf) {
        int n = 1;
        for (Action a : actions) {
            String marker = (n++) + ". ";
            if (a.isChoice()) {
                out.append(indent).append(marker).append(a.text() == null ? oneOf : inert(a.text())).append('\n');
                char letter = 'a';
                for (Action alt : a.alternatives()) {
                    out.append(indent).append("   ").append(letter++).append(") ").append(inert(alt.text())).append('\n');
                    if (alt.command() != null) {
                        out.append(indent).append("      > ").append(inert(alt.command())).append('\n');
                    }
                }
            } else {
                out.append(indent).append(marker).append(inert(a.text())).append('\n');
                if (a.command() != null) {
                    out.append(indent).append(" ".repeat(marker.length())).append("> ").append(inert(a.command())).append('\n');
                }
            }
        }
    }

    private static void markdownAction(StringBuilder out, Action a, String marker, String indent, String oneOf) {
        if (a.isChoice()) {
            out.append(indent).append(marker).append(a.text() == null ? oneOf : Markdown.escape(a.text())).append('\n');
            for (Action alt : a.alternatives()) {
                markdownAction(out, alt, "- ", indent + "   ", oneOf);
            }
            return;
        }
        out.append(indent).append(marker).append(Markdown.escape(a.text()));
        if (a.command() != null) {
            out.append(' ').append(Markdown.code(a.command()));
        }
        out.append('\n');
    }

    /** A pasted text shown on a terminal or in a document: control and bidirectional characters made visible, never acted on. */
    private static String inert(String s) {
        return Inert.line(s);
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    /** The fixed words of explain's output in one language. */
    private record Words(String heading, String notDocumented, String actions, String oneOf, String toConfirm, String reference,
            String byId, String byCode, String byMessage, String byPhrase, String byRule) {

        /** The words of each language, from {@code explain-words.json} beside this class. */
        private static final Map<String, Words> BY_LANGUAGE = WordTables.read(Words.class, "explain-words.json");

        static Words of(String language) {
            return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
        }

        String recognised(Explanation.Match m) {
            String how = switch (m.recognisedBy()) {
                case "id" -> byId;
                case "code" -> byCode;
                case "message" -> byMessage;
                case "phrase" -> byPhrase;
                default -> byRule;
            };
            String what = m.recognised() == null ? "" : " \"" + inert(m.recognised()) + "\"";
            return Character.toUpperCase(how.charAt(0)) + how.substring(1) + what;
        }
    }
}
