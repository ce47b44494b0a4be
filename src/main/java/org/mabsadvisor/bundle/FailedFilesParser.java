package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.Event;

/**
 * mars-failed-files: the LastBackupFailedFiles*.txt files of the MARS agent's Temp folder (Name,
 * LastWriteTime) with the error codes they list (Codes); nothing when there is none, or when the
 * agent has no backup policy of its own (Get-OBPolicy), since the rows of these codes apply only
 * then (MABS runs its own online backups through the agent). Each code of a
 * file is one event, as the facts format carries errors; its message names the file, which is what
 * the table of documented errors requires before it counts such a common Windows code.
 */
final class FailedFilesParser implements OutputParser {
    static final String SOURCE = "MARS agent";
    static final String OPERATION = "Backup completed with warnings";
    private static final Pattern CODE = Pattern.compile("0x[0-9a-f]{8}");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<PowerShellJson.Item> items = output.text().isBlank() ? requireEmpty(output) : PowerShellJson.items(output);
        List<Event> events = new ArrayList<>();
        for (PowerShellJson.Item item : items) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            List<String> seen = new ArrayList<>();
            for (String code : item.texts("Codes")) {
                String id = code.strip().toLowerCase(Locale.ROOT);
                if (!CODE.matcher(id).matches()) {
                    throw item.at("a code is not an error code like 0x80070570: " + code);
                }
                if (!seen.contains(id)) {
                    seen.add(id);
                    events.add(new Event(item.time("LastWriteTime"), null, SOURCE, OPERATION, id, null,
                            name + " lists files the last backup skipped with " + id + ".", null));
                }
            }
        }
        draft.addEvents(events);
    }

    /** No file at all: ConvertTo-Json of an empty list prints nothing. */
    private static List<PowerShellJson.Item> requireEmpty(SpecOutput output) throws UnusableOutputException {
        output.requireSuccess();
        return List.of();
    }
}
