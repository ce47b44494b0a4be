package org.mabsadvisor.errors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.engine.SourceDocument;
import org.mabsadvisor.errors.Recognition.How;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.packaged.ShippedYaml;
import org.mabsadvisor.rules.ErrorIds;
import org.mabsadvisor.rules.Messages;

/**
 * The table of documented errors ({@code documented-errors.yaml}) and the one way of recognising
 * them, used alike for recorded events and for errors pasted into {@code explain}: case, accents,
 * apostrophes, spaces and punctuation never matter.
 */
public final class DocumentedErrors {

    /** The table's file name in the built-in rule folder. */
    public static final String FILE = "documented-errors.yaml";

    /** Words after which a number in a text is an error id: "ID: 100050", "Error: 100110", "ID d'erreur : 2013". */
    private static final Set<String> ID_WORDS = Set.of("id", "error", "erreur", "code");

    private static final TypeReference<List<DocumentedError>> TABLE = new TypeReference<>() { };

    private final List<DocumentedError> errors;
    private final List<Wording> wordings;

    /** A message or phrase of an error in normalized form: the pieces that must all be there, in order. */
    private record Wording(DocumentedError error, How how, String shown, List<String> pieces) {
    }

    private DocumentedErrors(List<DocumentedError> errors) {
        this.errors = List.copyOf(errors);
        List<Wording> all = new ArrayList<>();
        for (DocumentedError e : errors) {
            for (DocumentedError.Message m : e.messages()) {
                all.add(new Wording(e, How.MESSAGE, m.text(), pieces(m.identifying(), m.name())));
            }
            for (String phrase : e.phrases()) {
                all.add(new Wording(e, How.PHRASE, phrase, pieces(phrase, "{name}")));
            }
        }
        this.wordings = List.copyOf(all);
    }

    /** A table of the given errors (tests, and folders without a table). */
    public static DocumentedErrors of(List<DocumentedError> errors) {
        return new DocumentedErrors(errors);
    }

    /** Every documented error, in the table's order. */
    public List<DocumentedError> all() {
        return errors;
    }

    /**
     * Reads the table of a rule folder; a folder without one has an empty table. Problems (a
     * malformed file, a key that is not part of its message) are added to {@code problems}.
     */
    public static DocumentedErrors read(Path folder, List<RuleProblem> problems) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return of(List.of());
        }
        List<DocumentedError> table;
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] shipped = ShippedYaml.json(FILE, bytes);
            ObjectMapper mapper = shipped != null ? JsonMapper.builder().build() : new YAMLMapper();
            mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            table = mapper.readValue(shipped != null ? shipped : bytes, TABLE);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new RuleProblem(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage()));
            return of(List.of());
        } catch (IOException e) {
            problems.add(new RuleProblem(file.toString(), 0, 0, "cannot be read: " + e.getMessage()));
            return of(List.of());
        }
        if (table == null) {
            return of(List.of());
        }
        List<DocumentedError> usable = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (DocumentedError e : table) {
            List<String> wrong = checked(e);
            if (e.error() != null && !keys.add(e.error())) {
                wrong.add("error " + e.error() + " is listed twice");
            }
            wrong.forEach(w -> problems.add(new RuleProblem(file.toString(), 0, 0, w)));
            if (wrong.isEmpty()) {
                usable.add(e);
            }
        }
        return of(usable);
    }

    private static List<String> checked(DocumentedError e) {
        List<String> wrong = new ArrayList<>();
        String name = e.error() == null ? "(no name)" : e.error();
        if (e.error() == null || e.error().isBlank()) {
            wrong.add("an error has no name (error:)");
        }
        if (e.rows().isEmpty()) {
            wrong.add("error " + name + " names no row (rows:)");
        }
        if (SourceDocument.of(e.source()) == null) {
            wrong.add("error " + name + ": unknown source '" + e.source() + "' (one of " + String.join(", ", SourceDocument.shortNames()) + ")");
        }
        if (e.messages().isEmpty() && e.phrases().isEmpty() && e.ids().isEmpty() && e.codes().isEmpty()) {
            wrong.add("error " + name + " has no id, code, message or phrase to recognise it by");
        }
        for (String id : e.ids()) {
            if (!ErrorIds.isId(id)) {
                wrong.add("error " + name + ": id '" + id + "' is not a decimal or 0x number");
            }
        }
        for (DocumentedError.Message m : e.messages()) {
            if (m.text() == null || m.text().isBlank()) {
                wrong.add("error " + name + ": a message has no text");
                continue;
            }
            if (m.key() != null && !m.text().contains(m.key())) {
                wrong.add("error " + name + ": key '" + m.key() + "' is not part of the message it identifies");
            }
            if (m.name() != null && !m.identifying().contains(m.name())) {
                wrong.add("error " + name + ": name '" + m.name() + "' is not part of the message");
            }
            if (m.from().isEmpty()) {
                wrong.add("error " + name + ": message '" + m.text() + "' says no edition (from:)");
            }
        }
        return wrong;
    }

    /** Problems of rows and causes that no rule of {@code rowIds} covers; {@code file} names the table. */
    public List<RuleProblem> unknownRows(Collection<String> rowIds, String file) {
        List<RuleProblem> problems = new ArrayList<>();
        for (DocumentedError e : errors) {
            List<String> named = new ArrayList<>(e.rows());
            named.addAll(e.causes());
            for (String row : named) {
                if (!rowIds.contains(row)) {
                    problems.add(new RuleProblem(file, 0, 0, "error " + e.error() + " names row " + row + ", which no rule covers"));
                }
            }
        }
        return problems;
    }

    /**
     * The documented errors a pasted text is: by an id or code alone or in the text, by a
     * documented message (with or without the name the product fills in) or a logged phrase. A
     * heading shared by several errors counts only when nothing more precise matches.
     */
    public List<Recognition> recognise(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            return List.of();
        }
        String text = Messages.normalize(pasted);
        Map<DocumentedError, Recognition> found = new LinkedHashMap<>();
        for (DocumentedError e : errors) {
            String id = idIn(e.ids(), text);
            if (id != null) {
                found.put(e, new Recognition(e, How.ID, id));
                continue;
            }
            String code = codeIn(e.codes(), text);
            if (code != null) {
                found.put(e, new Recognition(e, How.CODE, code));
            }
        }
        wordingsIn(text, found);
        return withoutHeadingsWhenPrecise(withoutSharedIdsWhenWorded(found.values(), text));
    }

    /**
     * The documented errors a recorded event reports, as facts for the rules. An event matched by
     * its id alone must also mention one of the error's context words when it has some; a heading
     * counts only when nothing more precise matches.
     */
    public List<RecognisedError> recognise(Event event) {
        Map<DocumentedError, Recognition> found = new LinkedHashMap<>();
        String message = event.normalizedMessage();
        String operation = event.normalizedOperation();
        String code = event.errorCode() == null ? null : Messages.normalize(event.errorCode());
        for (DocumentedError e : errors) {
            String id = null;
            for (String candidate : e.ids()) {
                if (ErrorIds.same(event.errorId(), candidate)) {
                    id = candidate;
                    break;
                }
            }
            if (id == null) {
                id = idIn(e.ids(), code, message);
            }
            if (id != null && (e.context().isEmpty() || event.mentions(e.context().toArray(String[]::new)))) {
                found.put(e, new Recognition(e, How.ID, id));
                continue;
            }
            String byCode = codeIn(e.codes(), code, message);
            if (byCode != null) {
                found.put(e, new Recognition(e, How.CODE, byCode));
            }
        }
        if (message != null) {
            wordingsIn(message, found);
        }
        if (operation != null) {
            wordingsIn(operation, found);
        }
        List<RecognisedError> out = new ArrayList<>();
        String worded = (message == null ? "" : message) + " " + (operation == null ? "" : operation);
        for (Recognition r : withoutHeadingsWhenPrecise(withoutSharedIdsWhenWorded(found.values(), worded))) {
            out.add(RecognisedError.of(r, event));
        }
        return out;
    }

    private void wordingsIn(String text, Map<DocumentedError, Recognition> found) {
        String padded = " " + text + " ";
        for (Wording w : wordings) {
            if (!found.containsKey(w.error()) && contains(padded, w.pieces())) {
                found.put(w.error(), new Recognition(w.error(), w.how(), w.shown()));
            }
        }
    }

    /**
     * Two documented errors can share an id (100110 on a restore and on a registration): an error
     * recognised by that id alone gives way to one of the same id whose own wording is in the text.
     */
    private List<Recognition> withoutSharedIdsWhenWorded(Collection<Recognition> found, String normalizedText) {
        String padded = " " + normalizedText + " ";
        List<Recognition> out = new ArrayList<>();
        for (Recognition r : found) {
            boolean givesWay = r.how() == How.ID && found.stream().anyMatch(other -> other != r
                    && other.error().ids().stream().anyMatch(id -> ErrorIds.same(id, r.matched()))
                    && worded(other.error(), padded));
            if (!givesWay) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when one of the error's messages or phrases stands in the padded, normalized text. */
    private boolean worded(DocumentedError error, String padded) {
        return wordings.stream().anyMatch(w -> w.error() == error && contains(padded, w.pieces()));
    }

    private static List<Recognition> withoutHeadingsWhenPrecise(Collection<Recognition> found) {
        boolean precise = found.stream().anyMatch(r -> !r.error().heading());
        return found.stream().filter(r -> !r.error().heading() || !precise).toList();
    }

    /** The pieces of a wording between its name placeholders, normalized; empty pieces dropped. */
    private static List<String> pieces(String wording, String name) {
        List<String> out = new ArrayList<>();
        String rest = wording;
        while (true) {
            int at = name == null ? -1 : rest.indexOf(name);
            String piece = Messages.normalize(at < 0 ? rest : rest.substring(0, at));
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            if (at < 0) {
                return List.copyOf(out);
            }
            rest = rest.substring(at + name.length());
        }
    }

    /** True when every piece stands in the padded text as whole words, in order. */
    private static boolean contains(String padded, List<String> pieces) {
        if (pieces.isEmpty()) {
            return false;
        }
        int from = 0;
        for (String piece : pieces) {
            int at = padded.indexOf(" " + piece + " ", from);
            if (at < 0) {
                return false;
            }
            from = at + piece.length() + 1;
        }
        return true;
    }

    /**
     * The first of {@code ids} standing in one of the normalized texts (nulls skipped) as an id: the
     * whole text, a 0x number anywhere, or a number right after "ID", "error", "erreur" or "code".
     */
    private static String idIn(List<String> ids, String... normalizedTexts) {
        if (ids.isEmpty()) {
            return null;
        }
        for (String normalized : normalizedTexts) {
            if (normalized == null) {
                continue;
            }
            String[] words = normalized.split(" ");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                boolean standsAsId = words.length == 1 || w.startsWith("0x") || (i > 0 && ID_WORDS.contains(words[i - 1]));
                if (!standsAsId) {
                    continue;
                }
                for (String id : ids) {
                    if (ErrorIds.same(w, id)) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /** The first of {@code codes} standing as a whole word in one of the normalized texts (nulls skipped). */
    private static String codeIn(List<String> codes, String... normalizedTexts) {
        for (String normalized : normalizedTexts) {
            if (normalized == null) {
                continue;
            }
            String padded = " " + normalized + " ";
            for (String code : codes) {
                if (padded.contains(" " + Messages.normalize(code) + " ")) {
                    return code;
                }
            }
        }
        return null;
    }
}
