package org.mabsadvisor.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a fleet as one SARIF 2.1.0 run: the results of every host, each naming its host, written
 * as they come; the rule descriptors (one per catalogue row found anywhere) and the notifications
 * (checks not run, inputs that failed, waiver warnings) after them, the notifications having waited
 * in a temporary file. One run rather than one per host: code-scanning services take few runs.
 */
public final class SarifFleetReport implements FleetWriter {
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final SarifReport sarif = new SarifReport();
    private final Writer out;
    private final Report.Tool tool;
    private final String language;
    private final Spool notifications;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<Finding> ruleFindings = new ArrayList<>();
    private int results;
    private int notes;
    private int failed;

    public SarifFleetReport(Writer out, Report.Tool tool, String language, Path spoolFolder) throws IOException {
        this.out = out;
        this.tool = tool;
        this.language = language;
        this.notifications = new Spool(spoolFolder);
        out.write("{\n  \"$schema\" : \"" + SarifReport.SCHEMA + "\",\n  \"version\" : \"2.1.0\",\n  \"runs\" : [ {\n    \"results\" : [");
    }

    @Override
    public void host(Report report) throws IOException {
        for (ObjectNode result : sarif.results(report, this::indexOf)) {
            out.write((results++ == 0 ? " " : ", ") + json(result, "    "));
        }
        for (ObjectNode note : sarif.notifications(report)) {
            note(note);
        }
    }

    /** An error notification located in the input, at its line and column when known. */
    @Override
    public void failure(HostFailure failure) throws IOException {
        failed++;
        for (InputProblem p : failure.problems()) {
            ObjectNode note = mapper.createObjectNode();
            note.put("level", "error");
            note.putObject("message").put("text", failure.input() + ": " + p);
            ObjectNode location = note.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", SarifReport.uri(p.file()));
            if (p.line() > 0) {
                ObjectNode region = location.putObject("region").put("startLine", p.line());
                if (p.column() > 0) {
                    region.put("startColumn", p.column());
                }
            }
            note(note);
        }
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        for (WaiverNotice n : notices) {
            note(sarif.waiverNotification(n.message(), n));
        }
        ObjectNode toolNode = mapper.createObjectNode();
        ObjectNode driver = toolNode.putObject("driver");
        SarifReport.driver(driver, tool);
        ArrayNode rules = driver.putArray("rules");
        ruleFindings.forEach(f -> rules.add(sarif.rule(f, Labels.of(language))));
        out.write(" ],\n    \"tool\" : " + json(toolNode, "    ") + ",\n    \"invocations\" : [ {\n"
                + "      \"executionSuccessful\" : " + (failed == 0) + ",\n      \"toolExecutionNotifications\" : [");
        notifications.copyTo(out);
        out.write(" ]\n    } ],\n    \"columnKind\" : \"" + SarifReport.COLUMN_KIND + "\"\n  } ]\n}\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        notifications.close();
    }

    /** The index of a finding's rule descriptor: rules are numbered as they are first found. */
    private int indexOf(Finding f) {
        return ruleIndex.computeIfAbsent(f.ruleId(), id -> {
            ruleFindings.add(f);
            return ruleFindings.size() - 1;
        });
    }

    private void note(ObjectNode note) throws IOException {
        notifications.append((notes++ == 0 ? " " : ", ") + json(note, "      "));
    }

    /** The value as JSON indented to sit at {@code indent} in the document. */
    private String json(Object value, String indent) {
        try {
            // Line breaks only occur between tokens: text values carry theirs escaped.
            return mapper.writeValueAsString(value).replace("\n", "\n" + indent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as SARIF", e);
        }
    }
}
