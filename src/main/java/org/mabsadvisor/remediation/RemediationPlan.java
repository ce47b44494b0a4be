package org.mabsadvisor.remediation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.mabsadvisor.report.ActionFix;

/**
 * The steps of a report, in plan order: the root causes' plans first (they replace the plans of
 * the findings that follow from them), then the plans of the other findings, each action a step.
 * A fix is only kept when the rules the finding names give that same fix (same cmdlet, conditions
 * and literal parameters): a report is an input file, and one edited by hand must not smuggle in
 * code. Everything else becomes a manual step.
 */
public record RemediationPlan(String host, String language, List<Step> steps) {

    /** A placeholder left in a command, such as {@code <endpoint>}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z][^<>]*>");

    public RemediationPlan {
        steps = List.copyOf(steps);
    }

    /** The reasons a step is manual, in the words of the script's language. */
    public interface Reasons {
        String placeholder();

        String missingValue(String parameter);

        String unusableValue(String parameter);

        String unknownFix();
    }

    /**
     * The plan of a JSON report. {@code fixesOf} gives the fixes the rules of an id give (in every
     * language), those a report's fix must be one of.
     */
    public static RemediationPlan of(JsonNode report, Function<String, List<Fix>> fixesOf, Reasons reasons) {
        List<Step> steps = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (JsonNode cause : report.path("causes")) {
            cause.path("findings").forEach(f -> covered.add(f.asText()));
            Set<String> rules = rulesOf(cause, cause.path("id").asText());
            // A cause's plan often repeats a step of the findings it explains, in the same words: that
            // step runs with the fix (and the facts) of the finding's action of the same command.
            Map<String, JsonNode> fixOfCommand = new LinkedHashMap<>();
            for (JsonNode finding : report.path("findings")) {
                if (contains(cause.path("findings"), finding.path("ruleId").asText())) {
                    for (JsonNode action : finding.path("actions")) {
                        if (action.hasNonNull("command") && action.hasNonNull("fix")) {
                            fixOfCommand.putIfAbsent(action.path("command").asText(), action);
                            rules.addAll(rulesOf(finding, finding.path("ruleId").asText()));
                        }
                    }
                }
            }
            List<JsonNode> actions = new ArrayList<>();
            for (JsonNode action : cause.path("actions")) {
                JsonNode same = action.hasNonNull("fix") || !action.hasNonNull("command") ? null : fixOfCommand.get(action.path("command").asText());
                if (same != null) {
                    com.fasterxml.jackson.databind.node.ObjectNode borrowed = action.deepCopy();
                    borrowed.set("fix", same.path("fix"));
                    actions.add(borrowed);
                } else {
                    actions.add(action);
                }
            }
            add(steps, "cause", cause.path("id").asText(), cause.path("title").asText(), null, actions, rules, fixesOf, reasons);
        }
        for (JsonNode finding : report.path("findings")) {
            String id = finding.path("ruleId").asText();
            if (covered.contains(id)) {
                continue;
            }
            add(steps, "finding", id, finding.path("title").asText(), finding.path("reference").asText(null), finding.path("actions"),
                    rulesOf(finding, id), fixesOf, reasons);
        }
        return new RemediationPlan(report.path("host").asText(""), report.path("language").asText("en"), steps);
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> rulesOf(JsonNode plan, String id) {
        Set<String> rules = new java.util.LinkedHashSet<>();
        rules.add(id);
        plan.path("evidence").forEach(e -> rules.add(e.path("ruleId").asText()));
        return rules;
    }

    private static void add(List<Step> steps, String plan, String ruleId, String title, String reference, Iterable<JsonNode> actions,
            Set<String> rules, Function<String, List<Fix>> fixesOf, Reasons reasons) {
        for (JsonNode action : actions) {
            String text = action.path("text").asText(null);
            String command = action.path("command").asText(null);
            if (action.path("alternatives").size() > 0) {
                // A choice is the administrator's: its alternatives are listed, none is run.
                StringBuilder choice = new StringBuilder(text == null ? "" : text);
                for (JsonNode alt : action.path("alternatives")) {
                    choice.append(choice.length() == 0 ? "" : " | ").append(alt.path("text").asText(""));
                    if (alt.hasNonNull("command")) {
                        choice.append(" [").append(alt.path("command").asText()).append(']');
                    }
                }
                steps.add(new Step(steps.size() + 1, plan, ruleId, title, reference, choice.toString(), null, null, null));
                continue;
            }
            ActionFix fix = action.hasNonNull("fix") ? fix(action.path("fix")) : null;
            String why = null;
            if (fix != null) {
                why = refusal(fix, rules, fixesOf, reasons);
                if (why != null) {
                    fix = null;
                }
            } else if (command != null && PLACEHOLDER.matcher(command).find()) {
                why = reasons.placeholder();
            }
            steps.add(new Step(steps.size() + 1, plan, ruleId, title, reference, text, command, fix, why));
        }
    }

    private static ActionFix fix(JsonNode node) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            parameters.put(p.getKey(), p.getValue().isNull() || !p.getValue().isValueNode() ? null : p.getValue().asText());
        }
        return new ActionFix(node.path("cmdlet").asText(null), parameters, node.path("before").asText(null),
                node.path("after").asText(null), node.path("runsOn").asText(Fix.SERVER), node.path("impact").asText(null));
    }

    /** Why the fix is not run, or null when it is one of the rules' own and its values are usable. */
    private static String refusal(ActionFix fix, Set<String> rules, Function<String, List<Fix>> fixesOf, Reasons reasons) {
        boolean known = rules.stream().flatMap(r -> fixesOf.apply(r).stream()).anyMatch(f -> same(f, fix));
        if (!known) {
            return reasons.unknownFix();
        }
        for (Map.Entry<String, String> p : fix.parameters().entrySet()) {
            if (p.getValue() == null) {
                return reasons.missingValue(p.getKey());
            }
            if (!PowerShellText.usable(p.getValue()) || PLACEHOLDER.matcher(p.getValue()).matches()) {
                return reasons.unusableValue(p.getKey());
            }
            // Microsoft Defender reads * and ? in an exclusion as wildcards: a report whose value has
            // one could make a single step exclude far more than the folder or process it names.
            if ("Add-MpPreference".equals(fix.cmdlet()) && (p.getValue().contains("*") || p.getValue().contains("?"))) {
                return reasons.unusableValue(p.getKey());
            }
        }
        return null;
    }

    private static boolean same(Fix rule, ActionFix report) {
        if (!rule.cmdlet().equals(report.cmdlet()) || !rule.before().equals(report.before()) || !Objects.equals(rule.after(), report.after())
                || !rule.runsOn().equals(report.runsOn()) || !rule.impact().name().equals(report.impact())
                || !new ArrayList<>(rule.parameters().keySet()).equals(new ArrayList<>(report.parameters().keySet()))) {
            return false;
        }
        return rule.parameters().entrySet().stream()
                .allMatch(p -> Fix.isBinding(p.getValue()) || p.getValue().equals(report.parameters().get(p.getKey())));
    }
}
