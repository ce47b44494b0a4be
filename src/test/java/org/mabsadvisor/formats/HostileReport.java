package org.mabsadvisor.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.report.Action;
import org.mabsadvisor.report.Evidence;
import org.mabsadvisor.report.EvidenceFact;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.NotChecked;
import org.mabsadvisor.report.Report;

/**
 * A report whose every value is hostile to some format (markup, formulas, Markdown syntax, control
 * characters, a javascript: link): the fixture of the escaping tests. Only the host varies.
 */
final class HostileReport {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=cmd|' /C calc'!A0";

    static final String INPUT = "facts/\"in\"<&>put.json";
    static final String TITLE = "+SUM(1,2) [click](javascript:alert(3)) **bold** | pipe <b>x</b>";
    static final String EVIDENCE = "@evil </failure> ]]> &amp; \u0001 `tick`\nsecond line";
    static final String ACTION = "-2+3 <i>i</i> _under_ # hash";
    static final String COMMAND = "del C:\\ & echo ``` | x";
    static final String CAUSE = "\t<iframe src=x></iframe>";
    static final String NOT_CHECKED = "\r<svg onload=alert(4)>";
    static final String SECTION = "sec<tion>";
    static final String REFERENCE = "javascript:alert(5)";
    static final String FACT_VALUE = "<img src=x onerror=alert(6)>";

    private HostileReport() {
    }

    /** Line breaks of every kind, terminal escapes (ESC, BEL, the one-character CSI U+009B) and a right-to-left override. */
    static final String FORGERY = "ok\r\nFAKE: all clear\rCR\u0085NEL\u2028LS\u2029PS \u001b[2J\u001b]0;title\u0007 \u009b31m \u202Eevil\u202C";

    static Report named(String host) {
        return named(host, EVIDENCE);
    }

    /** The hostile report with this evidence text. */
    static Report named(String host, String evidenceText) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", FACT_VALUE);
        Evidence evidence = new Evidence("EVIL-01", "error", evidenceText, List.of(new EvidenceFact("/server/name", "MabsServer", data)));
        Action step = new Action(ACTION, COMMAND, List.of());
        Action choice = new Action(null, null, List.of(new Action(ACTION, null, List.of()), new Action("=1+1", COMMAND, List.of())));
        Finding first = new Finding("EVIL-01", "critical", SECTION, TITLE, "confirmed", List.of(evidence), List.of(step, choice), REFERENCE);
        Finding second = new Finding("EVIL-02", "low", null, "-" + TITLE, "risk", List.of(new Evidence("EVIL-02", "state", evidenceText, List.of())),
                List.of(step), "https://learn.microsoft.com/en-us/azure/backup/backup-azure-mabs-troubleshoot#x");
        Report.Cause cause = new Report.Cause("CAUSE-EVIL", CAUSE, List.of(evidence), List.of("EVIL-02"), List.of(step));
        NotChecked notChecked = new NotChecked("EVIL-03", SECTION, NOT_CHECKED, List.of("services"));
        List<Finding> findings = List.of(first, second);
        return Report.builder().tool(new Report.Tool("mabs-advisor", "test")).input(INPUT).host(host).language("en")
                .findings(findings).causes(List.of(cause)).notChecked(List.of(notChecked)).checked(List.of("EVIL-01", "EVIL-02", "EVIL-04")).build();
    }
}
