package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.FolderAccess;

/**
 * trigger-job-folder-access: icacls of a folder. Its first line is the folder followed by the first
 * entry; the other entries are indented to stand under it; a blank line and a summary follow. The
 * account names and the summary are in the language of Windows ("BUILTIN\Administrateurs",
 * "1 fichiers correctement traités"), the codes in parentheses are not.
 */
final class FolderAccessParser implements OutputParser {
    private static final Pattern ENTRY = Pattern.compile("^(.+?):((?:\\([^()]*\\))+)\\s*$");
    private static final Pattern CODE = Pattern.compile("\\(([^()]*)\\)");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        output.requireSuccess();
        List<String> lines = output.lines();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first + 1 >= lines.size() || lines.get(first + 1).isBlank()) {
            throw new UnusableOutputException(first + 1, "icacls printed no access control entries under the folder");
        }
        // The indent of the second entry is where every entry starts, the first one included.
        String second = lines.get(first + 1);
        int indent = second.length() - second.stripLeading().length();
        String head = lines.get(first);
        if (indent < 2 || head.length() <= indent) {
            throw new UnusableOutputException(first + 1, "the folder and its first entry cannot be told apart");
        }
        List<FolderAccess> entries = new ArrayList<>();
        entries.add(entry(head.substring(indent), first + 1));
        for (int i = first + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            entries.add(entry(lines.get(i).strip(), i + 1));
        }
        draft.triggerJobFolder = head.substring(0, indent).strip();
        draft.triggerJobAccess = entries;
    }

    private static FolderAccess entry(String text, int line) throws UnusableOutputException {
        Matcher m = ENTRY.matcher(text.strip());
        if (!m.matches()) {
            throw new UnusableOutputException(line, "not an access control entry: " + text.strip());
        }
        List<String> codes = new ArrayList<>();
        Matcher c = CODE.matcher(m.group(2));
        while (c.find()) {
            codes.add(c.group(1));
        }
        return new FolderAccess(m.group(1).strip(), codes);
    }
}
