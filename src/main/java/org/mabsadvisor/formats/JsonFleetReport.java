package org.mabsadvisor.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.mabsadvisor.report.FleetSummary;
import org.mabsadvisor.report.HostFailure;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Writes a fleet as one JSON document, {@code {schemaVersion, tool, language, hosts, errors, summary,
 * waiverNotices}}, that the published fleet schema describes: each host's report goes out as soon
 * as it comes, the inputs that failed wait in a temporary file, the summary comes last.
 */
public final class JsonFleetReport implements FleetWriter {
    private final ObjectMapper mapper = JsonReport.mapper();
    /**
     * Writes a host's report straight to the output, indented one level in as {@link #json} would
     * give it: the same pretty printer, with every line break followed by two more spaces.
     */
    private final ObjectWriter hostWriter = mapper
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", DefaultIndenter.SYS_LF + "  ")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private final Writer out;
    private final Spool errors;
    private int hosts;
    private int failures;

    public JsonFleetReport(Writer out, Report.Tool tool, String language, Path spoolFolder) throws IOException {
        this.out = out;
        this.errors = new Spool(spoolFolder);
        out.write("{\n  \"schemaVersion\" : " + json(Report.SCHEMA_VERSION) + ",\n  \"tool\" : " + json(tool) + ",\n  \"language\" : "
                + json(language) + ",\n  \"hosts\" : [");
    }

    @Override
    public void host(Report report) throws IOException {
        out.write(hosts++ == 0 ? " " : ", ");
        hostWriter.writeValue(out, report);
    }

    @Override
    public void failure(HostFailure failure) throws IOException {
        errors.append((failures++ == 0 ? " " : ", ") + json(failure));
    }

    @Override
    public void finish(FleetSummary summary, List<WaiverNotice> notices) throws IOException {
        out.write(" ],\n  \"errors\" : [");
        errors.copyTo(out);
        out.write(" ],\n  \"summary\" : " + json(summary) + ",\n  \"waiverNotices\" : " + json(notices) + "\n}\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        errors.close();
    }

    /** The value as indented JSON, one level in, as Jackson would indent it inside the document. */
    private String json(Object value) {
        try {
            // Line breaks only occur between tokens: text values carry theirs escaped.
            return mapper.writeValueAsString(value).replace("\n", "\n  ");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }
}
