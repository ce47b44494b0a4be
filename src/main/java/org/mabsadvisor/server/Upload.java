package org.mabsadvisor.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.bundle.FactsJson;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.facts.InputLimits;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import org.mabsadvisor.host.HostFacts;
import org.mabsadvisor.host.HostReader;

/**
 * The body of an upload read as the facts of one or more hosts, by its content type: a facts
 * document (JSON), several (NDJSON, one per line), or a collector's bundle (zip). A bundle is
 * written to the scratch folder and read by the same bundle reader as on the command line, with its
 * limits on entries, sizes and names (zip bombs and zip slip are refused), then deleted.
 */
final class Upload {

    /** One host's facts from the upload, the document to keep, and what messages call it. */
    record Part(HostFacts facts, String factsJson, String input) {
    }

    // Standard input is never read by the server.
    private final HostReader reader = new HostReader(java.io.InputStream.nullInputStream(), InputLimits.DEFAULT);
    private final FactsJson json = new FactsJson();
    private final Path scratch;

    Upload(Path scratch) {
        this.scratch = scratch;
    }

    /** The hosts of a body of this content type; {@code name} is what messages call the upload. */
    List<Part> read(String contentType, byte[] body, String name) throws ApiProblem, IOException {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        try {
            switch (type) {
                case "application/json" -> {
                    FactsDocument doc = reader.parse(name, body);
                    return List.of(new Part(new HostFacts(doc, reader.warnings(name, doc)), new String(body, StandardCharsets.UTF_8), name));
                }
                case "application/x-ndjson", "application/ndjson" -> {
                    return lines(body, name);
                }
                case "application/zip", "application/x-zip-compressed" -> {
                    return List.of(bundle(body, name));
                }
                default -> throw new ApiProblem(415, "send a facts document as application/json, several as application/x-ndjson, "
                        + "or a collector's bundle as application/zip" + (type.isEmpty() ? "" : ", not " + type));
            }
        } catch (InvalidFactsException e) {
            throw new ApiProblem(422, "the facts are not valid", e.problems());
        } catch (InvalidBundleException e) {
            throw new ApiProblem(422, "the bundle cannot be read", e.problems());
        }
    }

    private List<Part> lines(byte[] body, String name) throws InvalidFactsException, ApiProblem {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        int line = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i < body.length && body[i] != '\n') {
                continue;
            }
            line++;
            int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
            if (end > start) {
                byte[] document = java.util.Arrays.copyOfRange(body, start, end);
                String input = name + ":" + line;
                FactsDocument doc = reader.parse(input, document);
                parts.add(new Part(new HostFacts(doc, reader.warnings(input, doc)), new String(document, StandardCharsets.UTF_8), input));
            }
            start = i + 1;
        }
        if (parts.isEmpty()) {
            throw new ApiProblem(422, "the NDJSON upload holds no facts document",
                    List.of(new InputProblem(name, 0, 0, null, "no facts document in the upload")));
        }
        return parts;
    }

    private Part bundle(byte[] body, String name) throws InvalidBundleException, InvalidFactsException, IOException {
        Files.createDirectories(scratch);
        Path zip = Files.createTempFile(scratch, "upload-", ".zip");
        try {
            Files.write(zip, body);
            HostFacts facts = reader.read(zip.toString());
            return new Part(facts, json.write(facts.document()), name);
        } catch (InvalidBundleException e) {
            // The problems name the scratch file: the client knows its upload by its own name.
            throw new InvalidBundleException(e.problems().stream()
                    .map(p -> new InputProblem(p.file() == null ? name : p.file().replace(zip.toString(), name), p.line(), p.column(), p.pointer(), p.message().replace(zip.toString(), name)))
                    .toList());
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
