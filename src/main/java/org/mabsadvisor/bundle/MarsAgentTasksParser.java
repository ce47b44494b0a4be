package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mars-agent-tasks: Get-ScheduledTask of {@code \Microsoft\OnlineBackup\} (TaskName, State, RunAs,
 * RunAsGroup, TriggersEnabled, StartBoundaries, MultipleInstances). Nothing printed means the agent
 * has no task there, hence no schedule of its own. Task Scheduler's states and rules are enum names,
 * never translated, or their numbers where a Windows prints those; the account is in the language of
 * Windows ("Système" on a French one) and is judged once the local Administrators are read.
 */
final class MarsAgentTasksParser implements OutputParser {
    /** TASK_INSTANCES_POLICY: 0 Parallel, 1 Queue, 2 IgnoreNew, 3 StopExisting. */
    private static final List<String> INSTANCE_RULES = List.of("Parallel", "Queue", "IgnoreNew", "StopExisting");
    /** Task Scheduler's task states by number: 0 Unknown, 1 Disabled, 2 Queued, 3 Ready, 4 Running. */
    private static final Map<String, String> STATES = Map.of("0", "Unknown", "1", "Disabled", "2", "Queued", "3", "Ready", "4", "Running");
    /** The time of day in a trigger's StartBoundary, an ISO 8601 local date and time ("2026-11-01T21:30:00"). */
    private static final Pattern START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T(\\d{2}):(\\d{2})");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        if (output.text().isBlank()) {
            output.requireSuccess();
            draft.agentTasks = List.of();
            return;
        }
        List<FactsDraft.AgentTask> tasks = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("TaskName");
            if (name == null) {
                throw item.at("TaskName is missing");
            }
            String state = item.text("State");
            state = state == null ? null : STATES.getOrDefault(state, state);
            List<String> enabled = item.texts("TriggersEnabled");
            Boolean triggerEnabled = null;
            if (item.get("TriggersEnabled") != null) {
                triggerEnabled = !enabled.isEmpty();
                for (String e : enabled) {
                    if (!e.equalsIgnoreCase("true") && !e.equalsIgnoreCase("false")) {
                        throw item.at("TriggersEnabled holds something other than true or false: " + e);
                    }
                    triggerEnabled &= e.equalsIgnoreCase("true");
                }
            }
            List<String> starts = new ArrayList<>();
            for (String boundary : item.texts("StartBoundaries")) {
                Matcher m = START.matcher(boundary.strip());
                if (!m.find()) {
                    throw item.at("a StartBoundary is not a date and time: " + boundary);
                }
                String time = m.group(1) + ":" + m.group(2);
                if (!starts.contains(time)) {
                    starts.add(time);
                }
            }
            tasks.add(new FactsDraft.AgentTask(name, state, triggerEnabled, item.text("RunAs"), item.text("RunAsGroup"),
                    instanceRule(item), item.get("StartBoundaries") == null ? null : starts));
        }
        draft.agentTasks = tasks;
    }

    private static String instanceRule(PowerShellJson.Item item) throws UnusableOutputException {
        String rule = item.text("MultipleInstances");
        if (rule == null) {
            return null;
        }
        if (rule.matches("\\d")) {
            int n = Integer.parseInt(rule);
            if (n < INSTANCE_RULES.size()) {
                return INSTANCE_RULES.get(n);
            }
        }
        for (String known : INSTANCE_RULES) {
            if (known.toLowerCase(Locale.ROOT).equals(rule.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        throw item.at("MultipleInstances is not a rule Task Scheduler knows: " + rule);
    }
}
