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
import java.util.Arrays;
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
    private final List<Known> known;
    private final List<Wording> wordings;

    /**
     * An error as recognition reads it, made once per table: its place in the table, the numbers
     * of its ids (null for one that is not a number) and its codes in normalized form.
     */
    private record Known(DocumentedError error, int index, List<Long> idValues, List<String> codes, List<String> paddedCodes) {
    }

    /**
     * A message or phrase of an error in normalized form: the pieces that must all be there, in
     * order, each between spaces, and its longest word, which a text must have for it to stand there.
     */
    private record Wording(Known known, How how, String shown, List<String> paddedPieces, String keyWord) {
        DocumentedError error() {
            return known.error();
        }
    }

    /** A normalized text as recognition reads it, once per text: padded with spaces, its words, and the numbers that stand in it as ids. */
    private record Scan(String padded, Set<String> words, List<Long> ids) {
        static Scan of(String normalized) {
            if (normalized == null) {
                return null;
            }
            String[] words = normalized.split(" ");
            List<Long> ids = new ArrayList<>(2);
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (words.length == 1 || w.startsWith("0x") || (i > 0 && ID_WORDS.contains(words[i - 1]))) {
                    Long value = ErrorIds.valueOf(w);
                    if (value != null) {
                        ids.add(value);
                    }
                }
            }
            return new Scan(" " + normalized + " ", new HashSet<>(Arrays.asList(words)), ids);
        }

        /** True when every piece stands in the text as whole words, in order. */
        boolean has(List<String> paddedPieces, String keyWord) {
            if (paddedPieces.isEmpty() || !words.contains(keyWord)) {
                return false;
            }
            int from = 0;
            for (String piece : paddedPieces) {
                int at = padded.indexOf(piece, from);
                if (at < 0) {
                    return false;
                }
                from = at + piece.length() - 1;
            }
            return true;
        }
    }

    private DocumentedErrors(List<DocumentedError> errors) {
        this.errors = List.copyOf(errors);
        List<Known> known = new ArrayList<>();
        List<Wording> all = new ArrayList<>();
        for (DocumentedError e : errors) {
            List<Long> idValues = e.ids().stream().map(ErrorIds::valueOf).toList();
            List<String> codes = e.codes().stream().map(Messages::normalize).toList();
            Known k = new Known(e, known.size(), idValues, codes, codes.stream().map(c -> " " + c + " ").toList());
            known.add(k);
            for (DocumentedError.Message m : e.messages()) {
                all.add(wording(k, How.MESSAGE, m.text(), pieces(m.identifying(), m.name())));
            }
            for (String phrase : e.phrases()) {
                all.add(wording(k, How.PHRASE, phrase, pieces(phrase, "{name}")));
            }
        }
        this.known = List.copyOf(known);
        this.wordings = List.copyOf(all);
    }

    private static Wording wording(Known k, How how, String shown, List<String> pieces) {
        String keyWord = "";
        for (String piece : pieces) {
            for (String word : piece.split(" ")) {
                if (word.length() > keyWord.length()) {
                    keyWord = word;
                }
            }
        }
        return new Wording(k, how, shown, pieces.stream().map(p -> " " + p + " ").toList(), keyWord);
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
        Scan scan = Scan.of(text);
        Found found = new Found(known.size());
        for (Known k : known) {
            String id = idIn(k, scan);
            if (id != null) {
                found.add(k, How.ID, id);
                continue;
            }
            String code = codeIn(k, scan);
            if (code != null) {
                found.add(k, How.CODE, code);
            }
        }
        wordingsIn(scan, found);
        return withoutHeadingsWhenPrecise(withoutSharedIdsWhenWorded(found.inOrder(), text));
    }

    /**
     * The documented errors a recorded event reports, as facts for the rules. An event matched by
     * its id alone must also mention one of the error's context words when it has some; a heading
     * counts only when nothing more precise matches.
     */
    public List<RecognisedError> recognise(Event event) {
        Found found = new Found(known.size());
        String message = event.normalizedMessage();
        String operation = event.normalizedOperation();
        Scan code = event.errorCode() == null ? null : Scan.of(Messages.normalize(event.errorCode()));
        Scan inMessage = Scan.of(message);
        Long eventId = ErrorIds.valueOf(event.errorId());
        for (Known k : known) {
            String id = null;
            if (eventId != null) {
                int at = k.idValues().indexOf(eventId);
                id = at < 0 ? null : k.error().ids().get(at);
            }
            if (id == null) {
                id = idIn(k, code, inMessage);
            }
            if (id != null && (k.error().context().isEmpty() || event.mentions(k.error().context().toArray(String[]::new)))) {
                found.add(k, How.ID, id);
                continue;
            }
            String byCode = codeIn(k, code, inMessage);
            if (byCode != null) {
                found.add(k, How.CODE, byCode);
            }
        }
        if (inMessage != null) {
            wordingsIn(inMessage, found);
        }
        if (operation != null) {
            wordingsIn(Scan.of(operation), found);
        }
        List<RecognisedError> out = new ArrayList<>();
        String worded = (message == null ? "" : message) + " " + (operation == null ? "" : operation);
        for (Recognition r : withoutHeadingsWhenPrecise(withoutSharedIdsWhenWorded(found.inOrder(), worded))) {
            out.add(RecognisedError.of(r, event));
        }
        return out;
    }

    /** The errors recognised in one text, each once, in the order they were found. */
    private static final class Found {
        private final boolean[] seen;
        private final List<Recognition> inOrder = new ArrayList<>();

        Found(int errors) {
            seen = new boolean[errors];
        }

        boolean has(Known k) {
            return seen[k.index()];
        }

        void add(Known k, How how, String matched) {
            seen[k.index()] = true;
            inOrder.add(new Recognition(k.error(), how, matched));
        }

        List<Recognition> inOrder() {
            return inOrder;
        }
    }

    private void wordingsIn(Scan text, Found found) {
        for (Wording w : wordings) {
            if (!found.has(w.known()) && text.has(w.paddedPieces(), w.keyWord())) {
                found.add(w.known(), w.how(), w.shown());
            }
        }
    }

    /**
     * Two documented errors can share an id (100110 on a restore and on a registration): an error
     * recognised by that id alone gives way to one of the same id whose own wording is in the text.
     */
    private List<Recognition> withoutSharedIdsWhenWorded(Collection<Recognition> found, String normalizedText) {
        if (found.stream().noneMatch(r -> r.how() == How.ID)) {
            return List.copyOf(found);
        }
        Scan text = Scan.of(normalizedText);
        List<Recognition> out = new ArrayList<>();
        for (Recognition r : found) {
            boolean givesWay = r.how() == How.ID && found.stream().anyMatch(other -> other != r
                    && other.error().ids().stream().anyMatch(id -> ErrorIds.same(id, r.matched()))
                    && worded(other.error(), text));
            if (!givesWay) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when one of the error's messages or phrases stands in the normalized text. */
    private boolean worded(DocumentedError error, Scan text) {
        return wordings.stream().anyMatch(w -> w.error() == error && text.has(w.paddedPieces(), w.keyWord()));
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

    /**
     * The first of the error's ids standing in one of the scanned texts (nulls skipped) as an id:
     * the whole text, a 0x number anywhere, or a number right after "ID", "error", "erreur" or "code".
     */
    private static String idIn(Known k, Scan... texts) {
        if (k.idValues().isEmpty()) {
            return null;
        }
        for (Scan text : texts) {
            if (text == null) {
                continue;
            }
            for (Long value : text.ids()) {
                int at = k.idValues().indexOf(value);
                if (at >= 0) {
                    return k.error().ids().get(at);
                }
            }
        }
        return null;
    }

    /** The first of the error's codes standing as whole words in one of the scanned texts (nulls skipped). */
    private static String codeIn(Known k, Scan... texts) {
        for (Scan text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < k.codes().size(); i++) {
                String code = k.codes().get(i);
                boolean stands = code.isEmpty() || code.indexOf(' ') >= 0 ? text.padded().contains(k.paddedCodes().get(i)) : text.words().contains(code);
                if (stands) {
                    return k.error().codes().get(i);
                }
            }
        }
        return null;
    }
}
