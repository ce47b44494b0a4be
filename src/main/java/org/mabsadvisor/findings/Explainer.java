package org.mabsadvisor.findings;

import java.util.List;
import java.util.Set;
import org.mabsadvisor.engine.RuleFailureException;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.report.Report;

/**
 * Finds the rules that match an error pasted from a dialog or a log: the text becomes a recorded
 * event (its error id, error code and message, as far as it looks like each) and the rules run on
 * that event alone. Rules whose condition also needs a server state cannot match here.
 */
public final class Explainer {
    /** The name the report gives the pasted error instead of a host. */
    public static final String PASTED = "pasted error";

    private final Advisor advisor;

    public Explainer(Advisor advisor) {
        this.advisor = advisor;
    }

    public Report explain(String pasted, String language) throws RuleFailureException {
        String text = pasted.trim();
        String id = text.matches("(?i)(0x)?[0-9a-f]{1,10}") && (text.matches("\\d+") || text.toLowerCase().startsWith("0x")) ? text : null;
        String code = text.matches("[A-Za-z][A-Za-z0-9_]{3,}") ? text : null;
        Event event = new Event(null, PASTED, null, null, id, code, text, null);
        FactSet facts = FactSet.ofFacts(PASTED, List.of(new FactSet.Entry("/", event)), Set.of(Event.class));
        Report full = advisor.analyze(facts, "\"" + text + "\"", language, f -> { });
        // Only the event is known here: listing every state check as "not checked" would be noise.
        return new Report(full.schemaVersion(), full.tool(), full.input(), full.host(), full.language(),
                Report.summarize(full.findings(), 0), full.findings(), full.causes(), List.of(), full.checked(),
                full.overrides(), full.skipped(), full.collection(), List.of(), List.of(), List.of());
    }
}
