package org.mabsadvisor.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report as JUnit XML, so that CI servers show an audit of every check: one test case per
 * rule and host, failed when the rule fired (with the finding as message and body), passed when it
 * ran and did not fire, skipped when its facts were not collected. Test case names are the rule ids
 * alone, so that CI servers can follow each check from one run to the next.
 */
public final class JunitReport implements ReportWriter {
    private final TextReport text = new TextReport(false);

    @Override
    public String render(Report report) {
        List<Report> reports = List.of(report);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"mabs-advisor\" tests=\"").append(reports.stream().mapToInt(JunitReport::tests).sum())
                .append("\" failures=\"").append(reports.stream().mapToInt(JunitReport::failures).sum())
                .append("\" errors=\"0\" skipped=\"").append(reports.stream().mapToInt(r -> r.notChecked().size()).sum())
                .append("\" time=\"0\">\n");
        reports.forEach(r -> suite(out, r));
        return out.append("</testsuites>\n").toString();
    }

    /** One test suite per host. */
    private void suite(StringBuilder out, Report report) {
        Map<String, Finding> fired = firedRules(report);
        String host = Xml.attribute(report.host());
        out.append("  <testsuite name=\"").append(host).append("\" hostname=\"").append(host)
                .append("\" tests=\"").append(tests(report)).append("\" failures=\"").append(failures(report))
                .append("\" errors=\"0\" skipped=\"").append(report.notChecked().size()).append("\" time=\"0\">\n");
        out.append("    <properties>\n");
        property(out, "input", report.input());
        property(out, "tool", report.tool().name() + " " + report.tool().version());
        property(out, "language", report.language());
        out.append("    </properties>\n");
        for (String ruleId : ran(report)) {
            Finding f = fired.get(ruleId);
            open(out, host, ruleId);
            if (f == null) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n      <failure message=\"").append(Xml.attribute("[" + f.ruleId() + "] " + f.title()))
                    .append("\" type=\"").append(Xml.attribute(f.severity())).append("\">")
                    .append(Xml.text(text.standalone(report, f))).append("</failure>\n    </testcase>\n");
        }
        Labels words = Labels.of(report.language());
        for (NotChecked n : report.notChecked()) {
            open(out, host, n.ruleId());
            out.append(">\n      <skipped message=\"").append(Xml.attribute(words.notChecked() + ": " + words.needs() + words.colon() + " "
                    + String.join(", ", n.missingFacts()))).append("\"/>\n    </testcase>\n");
        }
        out.append("  </testsuite>\n");
    }

    private static void open(StringBuilder out, String host, String ruleId) {
        out.append("    <testcase classname=\"").append(host).append("\" name=\"").append(Xml.attribute(ruleId)).append("\" time=\"0\"");
    }

    private static void property(StringBuilder out, String name, String value) {
        out.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.attribute(value)).append("\"/>\n");
    }

    /** The rules that ran: those the report lists as checked, and any that fired without being listed. */
    private static List<String> ran(Report report) {
        Set<String> ids = new LinkedHashSet<>(report.checked());
        ids.addAll(firedRules(report).keySet());
        return List.copyOf(ids);
    }

    /** Each rule that fired, with the finding its evidence is part of. */
    private static Map<String, Finding> firedRules(Report report) {
        Map<String, Finding> fired = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            f.evidence().forEach(e -> fired.putIfAbsent(e.ruleId(), f));
        }
        return fired;
    }

    private static int tests(Report report) {
        return ran(report).size() + report.notChecked().size();
    }

    private static int failures(Report report) {
        return firedRules(report).size();
    }
}
