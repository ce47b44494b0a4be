package org.mabsadvisor.formats;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaivedFinding;

/**
 * Writes a report as JUnit XML, so that CI servers show an audit of every check: one test case per
 * rule and host, failed when its finding is reported (with the finding as message and body), passed
 * when it ran and did not fire, skipped when its facts were not collected. A rule that fired as part
 * of another rule's finding (its other side, another level: {@code @of}) is skipped with the name of
 * that finding, so that a report has as many failures as findings. Test case names are the rule ids
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
                .append("\" errors=\"0\" skipped=\"").append(reports.stream().mapToInt(JunitReport::skipped).sum())
                .append("\" time=\"0\">\n");
        reports.forEach(r -> suite(out, r));
        return out.append("</testsuites>\n").toString();
    }

    /** One test suite per host. */
    void suite(StringBuilder out, Report report) {
        Map<String, Finding> fired = firedRules(report);
        Map<String, WaivedFinding> waived = waivedRules(report);
        Labels words = Labels.of(report.language());
        String host = Xml.attribute(report.host());
        out.append("  <testsuite name=\"").append(host).append("\" hostname=\"").append(host)
                .append("\" tests=\"").append(tests(report)).append("\" failures=\"").append(failures(report))
                .append("\" errors=\"0\" skipped=\"").append(skipped(report)).append("\" time=\"0\">\n");
        out.append("    <properties>\n");
        property(out, "input", report.input());
        property(out, "tool", report.tool().name() + " " + report.tool().version());
        if (report.tool().rules() != null) {
            property(out, "rulesVersion", report.tool().rules());
        }
        if (report.collectedAt() != null) {
            property(out, "collectedAt", report.collectedAt());
        }
        if (report.analysedAt() != null) {
            property(out, "analysedAt", report.analysedAt());
        }
        property(out, "language", report.language());
        out.append("    </properties>\n");
        Map<String, Finding> own = findingsById(report);
        for (String ruleId : ran(report)) {
            Finding f = own.get(ruleId);
            Finding within = fired.get(ruleId);
            open(out, host, ruleId);
            if (f == null && within != null) {
                out.append(">\n      <skipped message=\"").append(Xml.attribute(words.reportedIn() + " " + within.ruleId()))
                        .append("\"/>\n    </testcase>\n");
                continue;
            }
            if (f == null && waived.containsKey(ruleId)) {
                WaivedFinding w = waived.get(ruleId);
                out.append(">\n      <skipped message=\"").append(Xml.attribute(words.waived() + ": " + words.waiverLine(w.waiver())
                        + " [" + w.waiver().source() + "]")).append("\"/>\n    </testcase>\n");
                continue;
            }
            if (f == null) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n      <failure message=\"").append(Xml.attribute("[" + f.ruleId() + "] " + f.title()))
                    .append("\" type=\"").append(Xml.attribute(f.severity())).append("\">")
                    .append(Xml.text(text.standalone(report, f))).append("</failure>\n    </testcase>\n");
        }
        for (NotChecked n : notRun(report)) {
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

    /** The rules that ran: those the report lists as checked, and any that fired, was waived or has a finding without being listed. */
    private static List<String> ran(Report report) {
        Set<String> ids = new LinkedHashSet<>(report.checked());
        ids.addAll(firedRules(report).keySet());
        ids.addAll(waivedRules(report).keySet());
        ids.addAll(findingsById(report).keySet());
        return List.copyOf(ids);
    }

    /** The rules that could not run, less those whose test case is already given as run. */
    private static List<NotChecked> notRun(Report report) {
        Set<String> ran = new LinkedHashSet<>(ran(report));
        return report.notChecked().stream().filter(n -> !ran.contains(n.ruleId())).toList();
    }

    /** Each rule whose finding a waiver accepts, with that waived finding. */
    private static Map<String, WaivedFinding> waivedRules(Report report) {
        Map<String, WaivedFinding> waived = new LinkedHashMap<>();
        for (WaivedFinding w : report.waived()) {
            w.finding().evidence().forEach(e -> waived.putIfAbsent(e.ruleId(), w));
        }
        return waived;
    }

    /** Skipped test cases: the rules that could not run, the waived ones that did not also fire unwaived, and those reported in another rule's finding. */
    static int skipped(Report report) {
        Map<String, Finding> fired = firedRules(report);
        Set<String> waived = new LinkedHashSet<>(waivedRules(report).keySet());
        waived.removeAll(fired.keySet());
        Map<String, Finding> own = findingsById(report);
        long within = fired.keySet().stream().filter(id -> !own.containsKey(id)).count();
        return notRun(report).size() + waived.size() + (int) within;
    }

    /** Each rule that fired, with the finding its evidence is part of. */
    private static Map<String, Finding> firedRules(Report report) {
        Map<String, Finding> fired = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            f.evidence().forEach(e -> fired.putIfAbsent(e.ruleId(), f));
        }
        return fired;
    }

    /** The findings by their own id. */
    private static Map<String, Finding> findingsById(Report report) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        report.findings().forEach(f -> byId.putIfAbsent(f.ruleId(), f));
        return byId;
    }

    static int tests(Report report) {
        return ran(report).size() + notRun(report).size();
    }

    static int failures(Report report) {
        return findingsById(report).size();
    }
}
