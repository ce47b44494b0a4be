package org.mabsadvisor.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors each edition of the MABS troubleshooting article documents, read from the verbatim
 * copies kept with the tests the way a person reads them: the "Error details" column of every
 * table, the error code and message of a cell that gives both, the "Error Message" entries of a
 * workaround cell, and the "Error message" column of the common issues.
 */
final class SeedArticles {

    /** The editions of the MABS article and their files. */
    static final List<String> EDITIONS = List.of("en-2019", "en-2022", "fr");

    /** One documented error: the section (heading anchor) it stands in, the operation of its row, and its text. */
    record Documented(String edition, String section, String operation, String text) {
        boolean isFrench() {
            return edition.equals("fr");
        }
    }

    private static final Pattern ANCHOR = Pattern.compile("<a name=\"([^\"]+)\"");
    private static final Pattern CODE_AND_MESSAGE = Pattern.compile(
            "(?:Error code|Code d’erreur)\\s*:\\s*(.*?)\\s*(?:Error message|Message d’erreur)\\s*:\\s*(.*)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORKAROUND_MESSAGE = Pattern.compile("\\*\\*(?:Error Message|Message d’erreur)\\*\\*\\s*:\\s*(.*?)\\s*<br",
            Pattern.UNICODE_CHARACTER_CLASS);

    private SeedArticles() {
    }

    /** The text of a seed copy. */
    static String text(String file) {
        try (InputStream in = SeedArticles.class.getResourceAsStream("seed/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no seed copy " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of an edition of the MABS article. */
    static String fileOf(String edition) {
        return "backup-azure-mabs-troubleshoot." + edition + ".md";
    }

    /** Every error an edition documents, in the order of the article. */
    static List<Documented> documented(String edition) {
        List<Documented> out = new ArrayList<>();
        String section = null;
        String mode = null;
        for (String line : text(fileOf(edition)).split("\n")) {
            line = line.stripTrailing();
            if (line.startsWith("#")) {
                section = anchor(line);
                mode = null;
            } else if (line.matches("^\\|?\\s*(Operation|Opération)\\s*\\|.*")) {
                mode = "details";
            } else if (line.matches("^(Error message|Message d’erreur)\\s*\\|.*")) {
                mode = "common";
            } else if (line.matches("^\\s*\\|?\\s*-+\\s*\\|.*")) {
                continue;
            } else if (mode != null && line.contains("|")) {
                String[] cells = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|");
                if (mode.equals("common")) {
                    out.add(new Documented(edition, section, null, clean(cells[0])));
                    continue;
                }
                String operation = clean(cells[0]);
                String details = clean(cells[1]);
                Matcher both = CODE_AND_MESSAGE.matcher(details);
                if (both.matches()) {
                    out.add(new Documented(edition, section, operation, both.group(1)));
                    out.add(new Documented(edition, section, operation, both.group(2)));
                } else {
                    out.add(new Documented(edition, section, operation, details));
                }
                String workaround = String.join("|", java.util.Arrays.copyOfRange(cells, 2, cells.length));
                Matcher m = WORKAROUND_MESSAGE.matcher(workaround);
                while (m.find()) {
                    out.add(new Documented(edition, section, operation, clean(m.group(1))));
                }
            } else if (line.isBlank() && "common".equals(mode)) {
                mode = null;
            }
        }
        return out;
    }

    /** The text of a cell as the product shows it: no markdown, one space between words. */
    static String clean(String cell) {
        // Non-breaking spaces too: the French edition puts them before colons.
        return cell.replaceAll("<br\\s*/?>", " ").replace("\\<", "<").replace("**", "").replaceAll("(?U)\\s+", " ").strip();
    }

    private static String anchor(String heading) {
        Matcher m = ANCHOR.matcher(heading);
        if (m.find()) {
            return m.group(1);
        }
        String title = heading.replaceAll("^#+", "").strip().toLowerCase(Locale.ROOT);
        return title.replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
