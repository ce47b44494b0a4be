package org.mabsadvisor.formats;

import java.util.List;
import java.util.Locale;
import org.mabsadvisor.input.Inert;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.CollectionProblem;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.EvidenceFact;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.ResolvedFinding;
import org.mabsadvisor.report.RuleOverride;
import org.mabsadvisor.report.SkippedFile;
import org.mabsadvisor.report.WaivedFinding;

/** Writes a report for people: findings grouped by severity, numbered actions, evidence, link. */
public final class TextReport implements ReportWriter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final boolean colour;

    /** {@code colour}: use ANSI colours (only when writing to a terminal). */
    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(Report report) {
        Labels words = Labels.of(report.language());
        StringBuilder out = new StringBuilder();
        out.append(bold(v(report.host()))).append("  (").append(v(report.input())).append(")\n");
        String provenance = Provenance.line(report);
        if (provenance != null) {
            out.append(v(provenance)).append("\n");
        }
        out.append(words.summaryLine(report.summary())).append("\n");
        site(out, report, words);
        if (report.findings().isEmpty()) {
            out.append('\n').append(words.noFinding()).append('\n');
        }
        if (!report.causes().isEmpty()) {
            out.append('\n').append(bold(words.causes())).append('\n');
            for (Report.Cause c : report.causes()) {
                out.append("  ").append(bold(v(c.title()))).append("  -> ").append(v(String.join(", ", c.findings()))).append('\n');
                for (Evidence e : c.evidence()) {
                    evidence(out, e, "    - ");
                }
                out.append("    ").append(words.plan()).append(words.colon()).append("\n");
                actions(out, c.actions(), "      ", words);
            }
        }
        for (String severity : Report.SEVERITIES) {
            List<Finding> group = report.findings().stream().filter(f -> f.severity().equals(severity)).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(paint(severity, words.severity(severity).toUpperCase(Locale.ROOT))).append('\n');
            for (Finding f : group) {
                finding(out, f, causeOf(report, f), words);
            }
        }
        waivers(out, report, words);
        if (!report.resolved().isEmpty()) {
            out.append('\n').append(bold(words.resolved() + " (" + report.resolved().size() + ")")).append('\n');
            for (ResolvedFinding r : report.resolved()) {
                out.append("  [").append(v(r.ruleId())).append("] ").append(v(r.title())).append("  (").append(v(words.severity(r.severity())))
                        .append(")\n");
            }
        }
        if (!report.notChecked().isEmpty()) {
            out.append('\n').append(bold(words.notChecked())).append('\n');
            for (NotChecked n : report.notChecked()) {
                out.append("  ").append(String.format("%-10s", v(n.ruleId()))).append(' ').append(v(n.title()))
                        .append("  (").append(words.needs()).append(words.colon()).append(" ").append(v(String.join(", ", n.missingFacts()))).append(")\n");
            }
        }
        if (!report.collection().isEmpty()) {
            out.append('\n').append(bold(words.collection())).append('\n');
            int width = report.collection().stream().mapToInt(c -> c.spec().length()).max().orElse(0);
            for (CollectionProblem c : report.collection()) {
                out.append("  ").append(String.format("%-" + width + "s", v(c.spec()))).append("  ").append(v(c.problem()));
                if (!c.unknownFacts().isEmpty()) {
                    out.append("  (").append(words.unknown()).append(words.colon()).append(" ").append(v(String.join(", ", c.unknownFacts()))).append(')');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The findings waivers accept, each with its waiver, then the warnings about waivers. */
    private void waivers(StringBuilder out, Report report, Labels words) {
        if (!report.waived().isEmpty()) {
            out.append('\n').append(bold(words.waived() + " (" + report.waived().size() + ")")).append('\n');
            for (WaivedFinding w : report.waived()) {
                out.append("  [").append(v(w.finding().ruleId())).append("] ").append(v(w.finding().title())).append("  (")
                        .append(words.severity(w.finding().severity())).append(")\n");
                out.append("    ").append(v(words.waiverLine(w.waiver()))).append("  [").append(v(w.waiver().source())).append("]\n");
            }
        }
        if (!report.waiverNotices().isEmpty()) {
            out.append('\n').append(bold(words.waiverWarnings())).append('\n');
            report.waiverNotices().forEach(n -> out.append("  - ").append(v(n.message())).append('\n'));
        }
    }

    /**
     * One finding on its own, as the body of a failed JUnit test case: when it follows from a root
     * cause, the plan of that cause comes after it, since the cause is not shown next to it.
     */
    String standalone(Report report, Finding f) {
        Labels words = Labels.of(report.language());
        Report.Cause cause = causeOf(report, f);
        StringBuilder out = new StringBuilder();
        finding(out, f, cause, words);
        if (cause != null) {
            out.append("    ").append(words.plan()).append(" \"").append(v(cause.title())).append('"').append(words.colon()).append('\n');
            actions(out, cause.actions(), "      ", words);
        }
        return out.toString();
    }

    /** What the site changed and left out comes first: every finding below is read in its light. */
    private void site(StringBuilder out, Report report, Labels words) {
        if (!report.overrides().isEmpty()) {
            out.append('\n').append(bold(words.siteConfiguration())).append(words.colon()).append('\n');
            for (RuleOverride o : report.overrides()) {
                out.append("  ").append(String.format("%-10s", v(o.ruleId()))).append(' ').append(switch (o.change()) {
                    case "disabled" -> words.disabled();
                    case "severity" -> words.severityChanged() + " " + words.severity(o.from()) + " -> " + words.severity(o.to());
                    default -> words.replacedBy() + " " + v(o.to());
                }).append("  (").append(v(o.origin())).append(")\n");
            }
        }
        if (!report.skipped().isEmpty()) {
            out.append('\n').append(bold(words.skipped())).append(words.colon()).append('\n');
            for (SkippedFile s : report.skipped()) {
                out.append("  ").append(v(s.file())).append('\n');
                s.problems().forEach(p -> out.append("    ").append(v(String.valueOf(p))).append('\n'));
            }
        }
    }

    private void finding(StringBuilder out, Finding f, Report.Cause cause, Labels words) {
        String state = words.baseline(f.baseline());
        out.append("  ").append(bold(v("[" + f.ruleId() + "] " + f.title()))).append(state == null ? "" : "  (" + state + ")").append('\n');
        out.append("    (").append(words.certainty(f.certainty())).append(")\n");
        out.append("    ").append(words.evidence()).append(words.colon()).append("\n");
        for (Evidence e : f.evidence()) {
            evidence(out, e, "      - ");
        }
        if (cause != null) {
            // One plan per cause: the steps are not repeated under each finding it explains.
            out.append("    ").append(words.actions()).append(words.colon()).append(" ").append(words.seePlan()).append(" \"").append(v(cause.title())).append("\"\n");
        } else {
            out.append("    ").append(words.actions()).append(words.colon()).append("\n");
            actions(out, f.actions(), "      ", words);
        }
        out.append("    ").append(words.reference()).append(words.colon()).append(" ").append(v(f.reference())).append('\n');
    }

    private static void evidence(StringBuilder out, Evidence e, String marker) {
        out.append(marker).append(v(e.text()));
        String pointers = String.join(", ", e.facts().stream().map(EvidenceFact::pointer).filter(p -> p != null).distinct().toList());
        if (!pointers.isEmpty()) {
            out.append("  [").append(v(pointers)).append(']');
        }
        out.append('\n');
    }

    private static Report.Cause causeOf(Report report, Finding f) {
        return report.causes().stream().filter(c -> c.findings().contains(f.ruleId())).findFirst().orElse(null);
    }

    private static void actions(StringBuilder out, List<Action> actions, String indent, Labels words) {
        int n = 1;
        for (Action a : actions) {
            String number = (n++) + ". ";
            if (a.isChoice()) {
                out.append(indent).append(number).append(a.text() != null ? v(a.text()) : words.oneOf()).append('\n');
                char letter = 'a';
                for (Action alt : a.alternatives()) {
                    step(out, alt, indent + "   ", (letter++) + ") ");
                }
            } else {
                step(out, a, indent, number);
            }
        }
    }

    private static void step(StringBuilder out, Action a, String indent, String marker) {
        out.append(indent).append(marker).append(v(a.text())).append('\n');
        if (a.command() != null) {
            out.append(indent).append(" ".repeat(marker.length())).append("> ").append(v(a.command())).append('\n');
        }
    }

    /** A value from an input, on its own line of the report: see {@link Inert}. */
    private static String v(String s) {
        return Inert.line(s);
    }

    private String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }

    private String paint(String severity, String s) {
        if (!colour) {
            return s;
        }
        String code = switch (severity) {
            case "critical" -> "\u001b[1;35m";
            case "high" -> "\u001b[1;31m";
            case "medium" -> "\u001b[1;33m";
            case "low" -> "\u001b[1;36m";
            default -> "\u001b[1;37m";
        };
        return code + s + RESET;
    }
}
