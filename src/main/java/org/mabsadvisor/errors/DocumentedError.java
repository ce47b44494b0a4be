package org.mabsadvisor.errors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.mabsadvisor.engine.SourceDocument;

/**
 * One error that Microsoft's articles document, as the product shows it: its ids, codes and
 * messages, and the catalogue rows that report it ({@code rows}) or whose state can cause it
 * ({@code causes}), and the document its section belongs to ({@code source}, a short name of
 * {@link SourceDocument}; the MABS article when absent). Read from the table {@code documented-errors.yaml} of the built-in rules.
 */
public record DocumentedError(
        @JsonProperty("error") String error,
        @JsonProperty("section") String section,
        @JsonProperty("source") String source,
        @JsonProperty("heading") boolean heading,
        @JsonProperty("rows") List<String> rows,
        @JsonProperty("causes") List<String> causes,
        @JsonProperty("ids") List<String> ids,
        @JsonProperty("codes") List<String> codes,
        @JsonProperty("context") List<String> context,
        @JsonProperty("messages") List<Message> messages,
        @JsonProperty("phrases") List<String> phrases) {

    public DocumentedError {
        source = source == null ? SourceDocument.DEFAULT.shortName() : source;
        rows = rows == null ? List.of() : List.copyOf(rows);
        causes = causes == null ? List.of() : List.copyOf(causes);
        ids = ids == null ? List.of() : List.copyOf(ids);
        codes = codes == null ? List.of() : List.copyOf(codes);
        context = context == null ? List.of() : List.copyOf(context);
        messages = messages == null ? List.of() : List.copyOf(messages);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    /** The link to its section, in the edition of a language. */
    public String link(String language) {
        SourceDocument d = SourceDocument.of(source);
        return (d == null ? SourceDocument.DEFAULT : d).link(section, language);
    }

    /**
     * A message exactly as an edition words it. {@code key} is the part that identifies it (the
     * whole text when absent); {@code name} the part of the text the product fills with a name.
     */
    public record Message(
            @JsonProperty("text") String text,
            @JsonProperty("from") List<String> from,
            @JsonProperty("key") String key,
            @JsonProperty("name") String name) {

        public Message {
            from = from == null ? List.of() : List.copyOf(from);
        }

        /** The identifying part: the key, or the whole text. */
        public String identifying() {
            return key != null ? key : text;
        }

        /** True when an edition in French words it. */
        public boolean isFrench() {
            return from.contains("fr");
        }
    }
}
