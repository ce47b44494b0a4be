package org.mabsadvisor.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * A recorded job error, alert or installer error. Its operation and message are also kept in the
 * normalized form of {@link NormalizedText#normalize}, made once here: rules match every event's texts
 * against many phrases, and normalizing them at each match was most of the time of a fleet.
 */
public record Event(
        OffsetDateTime time,
        String host,
        String source,
        String operation,
        String errorId,
        String errorCode,
        String message,
        String dataSource,
        @JsonIgnore String normalizedOperation,
        @JsonIgnore String normalizedMessage) {

    /** The normalized texts always follow the operation and the message, whatever is passed for them. */
    public Event {
        normalizedOperation = operation == null ? null : NormalizedText.normalize(operation);
        normalizedMessage = message == null ? null : NormalizedText.normalize(message);
    }

    /** An event as the facts file gives it. */
    @JsonCreator
    public Event(@JsonProperty("time") OffsetDateTime time, @JsonProperty("host") String host, @JsonProperty("source") String source,
            @JsonProperty("operation") String operation, @JsonProperty("errorId") String errorId, @JsonProperty("errorCode") String errorCode,
            @JsonProperty("message") String message, @JsonProperty("dataSource") String dataSource) {
        this(time, host, source, operation, errorId, errorCode, message, dataSource, null, null);
    }

    /** True when the operation or the message contains one of the phrases (case, accents, punctuation ignored). */
    public boolean mentions(String... phrases) {
        return NormalizedText.containsAny(normalizedOperation, phrases) || NormalizedText.containsAny(normalizedMessage, phrases);
    }

    /** True when the message contains one of the phrases (case, accents, punctuation ignored): {@code Messages.mentions(message, ...)}, faster. */
    public boolean messageMentions(String... phrases) {
        return NormalizedText.containsAny(normalizedMessage, phrases);
    }

    /** True when the message contains every one of the phrases (case, accents, punctuation ignored). */
    public boolean messageMentionsAll(String... phrases) {
        return NormalizedText.containsAll(normalizedMessage, phrases);
    }

    Event onHost(String defaultHost) {
        return host != null ? this : new Event(time, defaultHost, source, operation, errorId, errorCode, message, dataSource);
    }

    /** As the facts file gives it, without the normalized texts (traces print facts this way). */
    @Override
    public String toString() {
        return "Event[time=" + time + ", host=" + host + ", source=" + source + ", operation=" + operation + ", errorId=" + errorId
                + ", errorCode=" + errorCode + ", message=" + message + ", dataSource=" + dataSource + "]";
    }
}
