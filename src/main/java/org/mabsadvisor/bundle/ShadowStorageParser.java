package org.mabsadvisor.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.ShadowStorage;
import org.mabsadvisor.facts.NormalizedText;

/**
 * shadow-storage: {@code vssadmin list shadowstorage}, whose labels are in the language of Windows.
 * Each association is read by its shape, not its labels: two volume lines ("(C:)\\?\Volume{...}\",
 * the volume and where its shadow copies are kept), then three sizes ("4.21 GB (3%)": used,
 * allocated, maximum), a size being UNBOUNDED when there is no limit. Sizes use a decimal point or
 * comma and binary units (B, KB, MB...; French octets o, Ko, Mo...). When there is no association,
 * vssadmin says so and exits with 1: an empty list.
 */
final class ShadowStorageParser implements OutputParser {
    private static final Pattern VOLUME = Pattern.compile(":\\s*(?:\\((?:([A-Za-z]):|[^)]*)\\))?(\\\\\\\\\\?\\\\Volume\\{[0-9A-Fa-f-]+\\}\\\\)\\s*$");
    private static final Pattern SIZE = Pattern.compile(":\\s*(?:([0-9]+(?:[.,\\u00a0 ][0-9]+)*)\\s*([KMGTPE]?)(?:B|o)|(\\S.*?))\\s*\\(\\s*\\d+\\s*%\\s*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String[] NO_ITEMS = {
        "no items found that satisfy the query",
        "aucun element ne repond a la requete",
        "aucun element ne satisfait la requete",
    };
    private static final String[] UNBOUNDED = {"unbounded", "illimite", "non limite"};

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<String> lines = output.lines();
        List<ShadowStorage> found = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        List<Object[]> sizes = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            Matcher v = VOLUME.matcher(line);
            if (v.find()) {
                if (volumes.size() == 2) {
                    throw new UnusableOutputException(n, "a third volume line before the sizes of an association");
                }
                volumes.add(v.group(1) != null ? v.group(1).toUpperCase(Locale.ROOT) + ":\\" : v.group(2));
                continue;
            }
            Matcher s = SIZE.matcher(line);
            if (s.find() && volumes.size() == 2) {
                sizes.add(size(s, n));
                if (sizes.size() == 3) {
                    Object[] max = sizes.get(2);
                    found.add(new ShadowStorage(null, volumes.get(0), volumes.get(1), (Long) sizes.get(0)[0], (Long) sizes.get(1)[0],
                            (Long) max[0], (Boolean) max[1]));
                    volumes.clear();
                    sizes.clear();
                }
            }
        }
        if (!volumes.isEmpty()) {
            throw new UnusableOutputException(n, "an association without its three sizes");
        }
        if (found.isEmpty()) {
            if (!NormalizedText.mentions(output.text() + " " + (output.run().error() == null ? "" : output.run().error()), NO_ITEMS)) {
                output.requireSuccess();
                throw new UnusableOutputException(n, "no shadow copy storage association and no \"no items found\" message");
            }
        } else {
            output.requireSuccess();
        }
        draft.shadowStorage = found;
    }

    /** The size as bytes (null when UNBOUNDED), and whether it is UNBOUNDED. */
    private static Object[] size(Matcher s, int line) throws UnusableOutputException {
        if (s.group(1) == null) {
            if (NormalizedText.mentions(s.group(3), UNBOUNDED)) {
                return new Object[] {null, true};
            }
            throw new UnusableOutputException(line, "not a size: " + s.group(3));
        }
        String digits = s.group(1).replace('\u00a0', ' ');
        // "1 234,5": spaces group thousands; the last point or comma is the decimal separator.
        digits = digits.replace(" ", "");
        int decimal = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String number = decimal < 0 ? digits
                : digits.substring(0, decimal).replace(".", "").replace(",", "") + "." + digits.substring(decimal + 1);
        int power = "KMGTPE".indexOf(s.group(2).toUpperCase(Locale.ROOT)) + 1;
        BigDecimal bytes = new BigDecimal(number).multiply(BigDecimal.valueOf(1024).pow(power));
        return new Object[] {bytes.longValue(), false};
    }
}
