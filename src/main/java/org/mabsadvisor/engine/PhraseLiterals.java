package org.mabsadvisor.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mabsadvisor.facts.NormalizedText;

/**
 * Puts the phrases a rule looks for ({@code mentions("Défaillance de l'agent")}) in normalized
 * form in the DRL given to Drools, once per call site when the rule is compiled: at run time a
 * phrase is then only checked to be in that form, for every event of every host, rather than
 * normalized again. Only string literals among the phrases are touched (not the text of
 * {@code Messages.mentions(text, ...)}), and only where the normalized form is as long as the
 * literal, so that every line and column Drools reports stays where the author wrote it; any other
 * phrase is normalized at run time, with the same outcome.
 */
final class PhraseLiterals {
    /** A call of a phrase matcher: an Event's (every argument a phrase) or Messages' (the first is the text). */
    private static final Pattern CALL = Pattern.compile(
            "(Messages\\s*\\.\\s*)?\\b(mentions|mentionsAll|messageMentions|messageMentionsAll|mentionsNormalized|mentionsAllNormalized)\\s*\\(");

    private PhraseLiterals() {
    }

    /** The DRL with the phrase literals of its matcher calls normalized where that keeps their length. */
    static String normalized(String drl) {
        if (drl == null || drl.indexOf("entions") < 0) {
            return drl;
        }
        StringBuilder out = new StringBuilder(drl);
        Matcher call = CALL.matcher(drl);
        while (call.find()) {
            boolean textFirst = call.group(1) != null || call.group(2).endsWith("Normalized");
            rewriteArguments(drl, call.end(), textFirst, out);
        }
        return out.toString();
    }

    /** Rewrites the plain string literals among the arguments that start at {@code from}, up to the closing parenthesis. */
    private static void rewriteArguments(String drl, int from, boolean textFirst, StringBuilder out) {
        int depth = 0;
        int argument = 0;
        for (int i = from; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '"') {
                int end = literalEnd(drl, i);
                if (end < 0) {
                    return;
                }
                if (depth == 0 && !(textFirst && argument == 0)) {
                    String literal = drl.substring(i + 1, end);
                    if (literal.indexOf('\\') < 0) {
                        String normalized = NormalizedText.normalize(literal);
                        if (normalized.length() == literal.length()) {
                            out.replace(i + 1, end, normalized);
                        }
                    }
                }
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                argument++;
            } else if (c == '\n' && drl.startsWith("then", skipBlank(drl, i + 1))) {
                return;
            }
        }
    }

    /** The index of the quote closing the literal opened at {@code open}, or -1 when the line ends first. */
    private static int literalEnd(String drl, int open) {
        for (int i = open + 1; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipBlank(String drl, int i) {
        while (i < drl.length() && (drl.charAt(i) == ' ' || drl.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
