package org.mabsadvisor.bundle;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.NormalizedText;

/**
 * The registry-* specs: {@code reg.exe query "KEY" /v NAME} for a value, {@code reg.exe query
 * "KEY"} for a key. The key and value looked up come from the spec's command, so that a value that
 * is not there is still recorded, as not present. reg.exe prints type names untranslated; only its
 * error message and the name of a key's default value are in the language of Windows, and those
 * are read in English and French.
 */
final class RegistryQueryParser implements OutputParser {
    private static final Pattern COMMAND = Pattern.compile("reg\\.exe\\s+query\\s+\"([^\"]+)\"(?:\\s+/v\\s+(\\S+))?\\s*", Pattern.CASE_INSENSITIVE);
    /** A value line: four spaces, the name, four spaces, the type, and four spaces before the data, if any. */
    private static final Pattern VALUE = Pattern.compile("^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$");
    private static final Set<String> TYPES = Set.of("REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_DWORD", "REG_QWORD", "REG_BINARY", "REG_NONE");
    /** How reg.exe names a key's default value. */
    private static final Set<String> DEFAULT_VALUE = Set.of("(default)", "(par défaut)");
    private static final String[] NOT_FOUND = {
        "unable to find the specified registry key or value",
        "pas trouve la cle ou la valeur de registre specifiee",
    };

    /** The key and, unless the key itself is looked up, the value name of a registry spec's command. */
    record Lookup(String key, String value) {
        static Lookup of(Spec spec) {
            Matcher m = COMMAND.matcher(spec.command().strip());
            if (!m.matches()) {
                throw new IllegalStateException("spec " + spec.name() + " is not a reg.exe query of one key or value");
            }
            return new Lookup(m.group(1), m.group(2));
        }
    }

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        Lookup lookup = Lookup.of(output.spec());
        SpecRun run = output.run();
        if (run.exitCode() != null && run.exitCode() == 1 && output.text().isBlank() && notFound(run.error())) {
            draft.addRegistry(new RegistryValue(null, lookup.key(), lookup.value(), null, null, false));
            return;
        }
        output.requireSuccess();
        RegistryValue found = null;
        int n = 0;
        for (String line : output.lines()) {
            n++;
            Matcher m = VALUE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1).strip();
            boolean wanted = lookup.value() == null ? DEFAULT_VALUE.contains(name.toLowerCase(java.util.Locale.ROOT)) : name.equalsIgnoreCase(lookup.value());
            if (wanted) {
                String type = TYPES.contains(m.group(2)) ? m.group(2) : null;
                String data = m.group(3) == null ? "" : m.group(3);
                found = new RegistryValue(null, lookup.key(), lookup.value(), type, data, true);
            }
        }
        if (found == null && lookup.value() != null) {
            throw new UnusableOutputException(n, "the value " + lookup.value() + " is not in the output of reg.exe");
        }
        draft.addRegistry(found != null ? found : new RegistryValue(null, lookup.key(), null, null, null, true));
    }

    /** True when reg.exe said the key or value does not exist (or said nothing, as when its error output was not kept). */
    private static boolean notFound(String error) {
        return error == null || error.isBlank() || NormalizedText.mentions(error, NOT_FOUND);
    }
}
