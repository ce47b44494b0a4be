package org.mabsadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Checks on a DRL text made before the Drools parser sees it, for what the parser and the code
 * generator cannot survive: brackets nested thousands deep overflow the parser's stack (and the run
 * then hung), and a package name that is no Java name ({@code site.class}) fails deep in the Java
 * code generated from the rules, with a trace. Each becomes a located problem of the file.
 */
final class DrlShape {

    /** Far deeper than any readable condition; the parser's stack holds a few hundred at most. */
    static final int MAX_NESTING = 100;

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([^;\\s]+)\\s*;?");

    private DrlShape() {
    }

    static List<RuleProblem> problems(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleProblem nesting = nesting(file, text);
        if (nesting != null) {
            problems.add(nesting);
        }
        Matcher m = PACKAGE.matcher(text);
        if (m.find() && !SourceVersion.isName(m.group(1))) {
            int line = lineOf(text, m.start(1));
            problems.add(new RuleProblem(file, line, m.start(1) - text.lastIndexOf('\n', m.start(1) - 1), "package " + m.group(1)
                    + " is not a Java package name (each part a Java name, none a keyword such as class or new): the rules are compiled to Java"));
        }
        return problems;
    }

    /** The first place where (, [ or { are nested deeper than the limit, strings and comments aside. */
    private static RuleProblem nesting(String file, String text) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '"' || c == '\'') {
                // A string literal: skip to its end, escapes included.
                for (i++; i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                for (int j = i; j < (end < 0 ? text.length() : end); j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                i = end < 0 ? text.length() : end + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return new RuleProblem(file, line, i - lineStart + 1, "brackets are nested more than " + MAX_NESTING
                            + " deep here: the DRL parser cannot read that; write the condition with fewer levels");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
