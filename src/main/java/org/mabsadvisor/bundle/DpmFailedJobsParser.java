package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.FailedJob;

/**
 * dpm-failed-jobs: Get-DPMJob -Status Failed of the days read. The error of a job is on its tasks:
 * ErrorInfoXml holds the DPM error id (ErrorCode) and the Windows code behind it (DetailedCode), and
 * Problem the error details of the console, in the language of MABS. The symbolic code of an
 * online backup error (CBP...) is taken from the details or the XML when one is there. The XML is
 * only searched for those attributes, never parsed as a document: it comes from the server.
 */
final class DpmFailedJobsParser implements OutputParser {
    private static final Pattern ERROR_CODE = Pattern.compile("\\bErrorCode\\s*=\\s*\"(-?\\d{1,12})\"");
    private static final Pattern DETAILED_CODE = Pattern.compile("\\bDetailedCode\\s*=\\s*\"(-?\\d{1,12})\"");
    private static final Pattern CBP_CODE = Pattern.compile("\\b(CBP[A-Za-z0-9]{3,200})\\b");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FailedJob> jobs = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String xml = String.join("\n", item.texts("ErrorInfoXml"));
            String detail = ErrorIds.capped(String.join("\n", item.texts("Problem")).strip());
            detail = detail.isEmpty() ? null : detail;
            String errorId = ErrorIds.of(first(ERROR_CODE, xml));
            String errorCode = code(detail, xml);
            if (errorId == null && errorCode == null && detail == null) {
                throw item.at("the job has no error: neither ErrorInfoXml nor Problem");
            }
            List<String> servers = item.texts("ProductionServerName").stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            jobs.add(new FailedJob(item.time("StartTime"), item.text("JobType"), item.text("DataSources"),
                    servers.size() == 1 ? servers.get(0) : null, errorId, errorCode, detail));
        }
        draft.failedJobs = jobs;
    }

    /** The CBP code of the details or of the XML, else the Windows code behind the error, in hexadecimal. */
    private static String code(String detail, String xml) {
        for (String text : new String[] {detail, xml}) {
            Matcher m = text == null ? null : CBP_CODE.matcher(text);
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        Long detailed = first(DETAILED_CODE, xml);
        return detailed == null || detailed >= 0 ? null : ErrorIds.of(detailed);
    }

    private static Long first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
