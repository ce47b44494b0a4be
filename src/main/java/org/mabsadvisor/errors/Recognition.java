package org.mabsadvisor.errors;

/**
 * Why a text or an event is taken for a documented error: by its error id, its error code, one
 * of its documented messages or a phrase seen in logs; {@code matched} is what was recognised,
 * as the table gives it.
 */
public record Recognition(DocumentedError error, How how, String matched) {

    /** The ways an error is recognised, most certain first. */
    public enum How {
        ID, CODE, MESSAGE, PHRASE;

        /** The word used in reports: id, code, message, phrase. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
