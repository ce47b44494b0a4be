package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.ClockSkew;

/**
 * clock-offset: {@code w32tm /stripchart /dataonly}. Its sentences are in the language of Windows
 * ("Tracking time.windows.com [..]." or "Suivi de time.windows.com [..].") but its data lines are
 * not: "08:42:17, +00.0177693s" (French Windows may write a decimal comma), or "08:42:17, error:
 * 0x800705B4". The offset kept is the median of the samples. w32tm measures the time source
 * against this computer (positive: the source is ahead), while the facts count the server's own
 * offset (positive: the server is ahead), hence the change of sign.
 */
final class ClockOffsetParser implements OutputParser {
    private static final Pattern TARGET = Pattern.compile("(\\S+) \\[[^\\]]+\\]\\.?\\s*$");
    private static final Pattern SAMPLE = Pattern.compile("^\\s*\\d{1,2}:\\d{2}:\\d{2}\\s*,\\s*([+-]?\\d+(?:[.,]\\d+)?)s\\s*$");
    private static final Pattern FAILED_SAMPLE = Pattern.compile("^\\s*\\d{1,2}:\\d{2}:\\d{2}\\s*,\\s*\\D.*?(0x[0-9A-Fa-f]{8})");

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        output.requireSuccess();
        String reference = null;
        List<Double> offsets = new ArrayList<>();
        String lastError = null;
        int n = 0;
        for (String line : output.lines()) {
            n++;
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                offsets.add(Double.parseDouble(sample.group(1).replace(',', '.')));
                continue;
            }
            Matcher failed = FAILED_SAMPLE.matcher(line);
            if (failed.find()) {
                lastError = failed.group(1);
                continue;
            }
            Matcher target = TARGET.matcher(line);
            if (reference == null && target.find()) {
                reference = target.group(1);
            }
        }
        if (offsets.isEmpty()) {
            throw new UnusableOutputException(n, lastError != null
                    ? "no sample reached the time source (last error " + lastError + ")" : "no offset sample in the output of w32tm");
        }
        offsets.sort(Double::compare);
        int mid = offsets.size() / 2;
        double median = offsets.size() % 2 == 1 ? offsets.get(mid) : (offsets.get(mid - 1) + offsets.get(mid)) / 2;
        draft.clock = new ClockSkew(-Math.round(median * 1000) / 1000.0, reference);
    }
}
