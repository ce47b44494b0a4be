package org.mabsadvisor.cli;

import org.mabsadvisor.formats.ReportFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Where one rendering of the report goes, as {@code --output [FORMAT=]FILE} says: a format (null
 * for the one --format chose) and a file, {@code -} being standard output.
 */
record ReportOutput(ReportFormat format, String file) {

    /** The file name that means standard output. */
    static final String STDOUT = "-";

    boolean toStdout() {
        return file.equals(STDOUT);
    }

    /**
     * Reads {@code FORMAT=FILE}, or a plain {@code FILE}. What precedes '=' is taken for a format when
     * it is a bare word (letters and digits only): a mistyped format ({@code jsn=r.json}) is refused
     * rather than written as a text report to a file named after the whole argument. A file whose
     * name does hold '=' after such a word is written {@code ./NAME}.
     */
    static final class Converter implements CommandLine.ITypeConverter<ReportOutput> {
        private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*");

        @Override
        public ReportOutput convert(String value) {
            int eq = value.indexOf('=');
            ReportFormat format = eq > 0 ? ReportFormat.named(value.substring(0, eq)) : null;
            if (format == null && eq > 0 && WORD.matcher(value.substring(0, eq)).matches()) {
                throw new CommandLine.TypeConversionException("'" + value.substring(0, eq) + "' is not a report format; the formats are "
                        + java.util.Arrays.stream(ReportFormat.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
                        + " (a file whose name holds '=' is written ./" + value + ")");
            }
            String file = format == null ? value : value.substring(eq + 1);
            if (file.isEmpty()) {
                throw new CommandLine.TypeConversionException("'" + value + "' names no file (write FORMAT=FILE, or - for standard output)");
            }
            try {
                Path.of(file);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + file + "' is not a valid file name: " + e.getReason());
            }
            return new ReportOutput(format, file);
        }
    }

    /**
     * Every output to write, each with its format: the ones asked for, and standard output in the
     * default format when no plain FILE takes that format and nothing else goes to standard output.
     */
    static List<ReportOutput> resolve(List<ReportOutput> asked, ReportFormat defaultFormat) {
        List<ReportOutput> all = new ArrayList<>();
        for (ReportOutput o : asked) {
            all.add(o.format() == null ? new ReportOutput(defaultFormat, o.file()) : o);
        }
        boolean plainFile = asked.stream().anyMatch(o -> o.format() == null);
        if (!plainFile && all.stream().noneMatch(ReportOutput::toStdout)) {
            all.add(0, new ReportOutput(defaultFormat, STDOUT));
        }
        return all;
    }

    /**
     * Why these outputs cannot all be written, or null: two to one place, or one onto a file the
     * run reads ({@code read}: the inputs, the files in input folders, waivers, baseline, policy, rules).
     */
    static String conflict(List<ReportOutput> outputs, List<String> inputs, FilesRead read) {
        Set<Path> seen = new HashSet<>();
        boolean stdout = false;
        for (ReportOutput o : outputs) {
            if (o.toStdout()) {
                if (stdout) {
                    return "only one report can go to standard output";
                }
                stdout = true;
                continue;
            }
            Path file = Path.of(o.file());
            if (!seen.add(file.toAbsolutePath().normalize())) {
                return "--output " + o.file() + " is given twice";
            }
            Path same = read.sameAs(file);
            if (same != null) {
                return inputs.contains(same.toString())
                        ? "--output " + o.file() + " is the input file; refusing to overwrite it"
                        : "--output " + o.file() + " is " + same + ", which this run reads; refusing to overwrite it";
            }
        }
        return null;
    }
}
