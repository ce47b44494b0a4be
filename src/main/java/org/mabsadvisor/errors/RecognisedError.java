package org.mabsadvisor.errors;

import java.util.List;
import org.mabsadvisor.facts.Derived;
import org.mabsadvisor.facts.Event;

/**
 * A recorded event (a job error, an alert, a failed job) recognised as a documented error, derived
 * once before the rules run, so that each error rule is one short pattern:
 *
 * <pre>{@code RecognisedError( names("AGENT-02"), $error : event )}</pre>
 *
 * Its evidence is the event itself.
 */
public record RecognisedError(String error, List<String> rows, Event event, String how, String matched) implements Derived {

    public RecognisedError {
        rows = List.copyOf(rows);
    }

    /** The input fact type that a fact type rules read comes from: recognised errors come from events. */
    public static Class<?> inputType(Class<?> read) {
        return read == RecognisedError.class ? Event.class : read;
    }

    static RecognisedError of(Recognition r, Event event) {
        return new RecognisedError(r.error().error(), r.error().rows(), event, r.how().label(), r.matched());
    }

    /** True when this error is reported by the catalogue row {@code row}. */
    public boolean names(String row) {
        return rows.contains(row);
    }

    @Override
    public List<Object> basis() {
        return List.of(event);
    }
}
