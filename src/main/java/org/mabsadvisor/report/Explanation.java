package org.mabsadvisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What {@code explain} says of errors pasted from a dialog or a log: for each, the documented
 * errors it is, why (the id, code, message or phrase recognised), the rules that report it with
 * their actions, and the checks that confirm on the server which of its causes applies.
 */
public record Explanation(String schemaVersion, Report.Tool tool, String language, List<Answer> errors) {

    /** Version of this document's JSON form. */
    public static final String SCHEMA_VERSION = "1";

    public Explanation {
        errors = List.copyOf(errors);
    }

    /** True when every pasted error matched something documented. */
    public boolean allDocumented() {
        return errors.stream().allMatch(Answer::documented);
    }

    /** One pasted error and what it matches; no match means it is not documented. */
    public record Answer(String error, List<Match> matches) {
        public Answer {
            matches = List.copyOf(matches);
        }

        public boolean documented() {
            return !matches.isEmpty();
        }
    }

    /**
     * One documented error the pasted text is ({@code documentedError} names it in the table; null
     * when only a rule recognised the text), with the rules that report it and the checks.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(
            String documentedError,
            String section,
            String reference,
            String recognisedBy,
            String recognised,
            List<Rule> rules,
            List<Check> checks) {

        public Match {
            rules = List.copyOf(rules);
            checks = List.copyOf(checks);
        }
    }

    /** A rule that reports the error: its catalogue row, severity, title and actions. */
    public record Rule(String id, String severity, String title, List<Action> actions) {
        public Rule {
            actions = List.copyOf(actions);
        }
    }

    /** How to confirm on the server a state that causes the error: the rule that checks it, in words and as a command. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String id, String title, String check, String command) {
    }
}
